using Bisector.Core.Domain;
using Bisector.Core.Statistics.Layouts;

namespace Bisector.Core.Findings;

/// <summary>
/// The commit the search found is not named: its time change against its parent vanished over <paramref name="Layouts"/>
/// code layouts, or is not surely the threshold there (<see cref="LayoutComparison.CodeMoved"/>).
/// </summary>
public sealed record CulpritIsPlacement(CommitInfo Commit, int Layouts) : Finding
{
    /// <summary>The comparison over layouts that said so; null where it is not known.</summary>
    public LayoutVerdict? Verdict { get; init; }

    /// <summary>Whether the change vanished (its interval over the layouts holds zero) rather than fell short of the threshold.</summary>
    public bool Vanishes => Verdict is not { ExcludesZero: true };
}
