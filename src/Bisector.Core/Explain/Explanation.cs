namespace Bisector.Core.Explain;

/// <summary>Why the culprit is slower: its change, where the time and the instructions went, whether the machine code changed, and whether the changed source runs.</summary>
/// <param name="Conclusion">The finding in one or two sentences, as an engineer would write it after reading the evidence.</param>
/// <param name="Unavailable">What could not be profiled here and how to enable it (perf not permitted, valgrind missing).</param>
public sealed record Explanation(
    CommitDetails Commit,
    ProfileComparison? Profile,
    IReadOnlyList<MachineCodeComparison> MachineCode,
    SourceExecution? Source,
    string Conclusion,
    IReadOnlyList<string> Unavailable);
