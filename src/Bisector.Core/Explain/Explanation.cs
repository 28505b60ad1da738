using Bisector.Core.Explain.Sites;
using Bisector.Core.Findings;

namespace Bisector.Core.Explain;

/// <summary>Why the culprit is slower: its change, where the time and the instructions went, whether the machine code changed, and whether the changed source runs.</summary>
/// <param name="Unavailable">What could not be profiled here and how to enable it (perf not permitted, valgrind missing).</param>
public sealed record Explanation(
    CommitDetails Commit,
    ProfileComparison? Profile,
    IReadOnlyList<MachineCodeComparison> MachineCode,
    SourceExecution? Source,
    IReadOnlyList<ProfileUnavailable> Unavailable)
{
    /// <summary>True when the culprit or its parent no longer builds, so neither could be profiled.</summary>
    public bool Unbuildable { get; init; }

    /// <summary>The compared functions' machine code site by site: each edited macro's expansions and each other changed source line.</summary>
    public IReadOnlyList<SiteSummary> Sites { get; init; } = [];
}
