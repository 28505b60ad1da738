namespace Bisector.Core.Explain;

/// <summary>Did the changed source run, and where did the executed instructions change?</summary>
/// <param name="Changes">Every hunk of the culprit's diff in a source file, with what the benchmark executed there.</param>
/// <param name="Lines">The lines whose instruction counts changed most, changed source or not.</param>
public sealed record SourceExecution(IReadOnlyList<ChangedCode> Changes, IReadOnlyList<HotLine> Lines);
