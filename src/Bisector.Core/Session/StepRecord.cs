using Bisector.Core.Abstractions;
using Bisector.Core.Domain;
using Bisector.Core.Findings;
using Bisector.Core.Statistics;

namespace Bisector.Core.Session;

/// <summary>One tested commit: the verdict, the evidence behind it and what it cost.</summary>
/// <param name="Role">Why the commit was measured: an endpoint, a search step or an end of a merged branch.</param>
public sealed record StepRecord(
    CommitInfo Commit,
    StepRole Role,
    Verdict Verdict,
    IReadOnlyList<double> Values,
    Summary? Summary,
    Classification? Classification,
    BuildOutcome? Build,
    Finding? Note)
{
    public int Samples => Values.Count;

    /// <summary>What else the machine was doing while this commit was measured; null where nothing was recorded.</summary>
    public LoadSummary? Load { get; init; }

    /// <summary>The search round that tested it (0 for the endpoints): a multisection's round tests several commits.</summary>
    public int Round { get; init; }

    public double BuildSeconds => Build is { Kind: not BuildKind.Cached } b ? b.Seconds : 0;
}
