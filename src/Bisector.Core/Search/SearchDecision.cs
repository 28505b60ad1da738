namespace Bisector.Core.Search;

/// <summary>What the search wants next: a commit to test, or its conclusion.</summary>
public abstract record SearchDecision
{
    private SearchDecision()
    {
    }

    /// <summary>Test the commit at this index of the range.</summary>
    public sealed record Test(int Index) : SearchDecision;

    /// <summary>One commit is isolated: it is bad and the commit before it is good.</summary>
    public sealed record Culprit(int Index) : SearchDecision;

    /// <summary>
    /// The culprit is one of these (indexes in range order): the first bad commit and the untestable
    /// ones just before it.
    /// </summary>
    public sealed record Ambiguous(IReadOnlyList<int> Indexes) : SearchDecision;
}
