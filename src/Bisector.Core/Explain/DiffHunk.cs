namespace Bisector.Core.Explain;

/// <summary>One hunk of a unified diff, with its changed lines numbered on each side.</summary>
/// <param name="File">The file on the culprit's side (the parent's when the file was deleted), relative to the repository.</param>
/// <param name="Context">What git printed after the second "@@": the enclosing function or section, if any.</param>
/// <param name="AddedLines">Line numbers in the culprit of the lines the hunk adds (a modified line counts as removed and added).</param>
/// <param name="RemovedLines">Line numbers in the parent of the lines the hunk removes.</param>
/// <param name="Text">The hunk's changed lines, each with its '+' or '-'.</param>
public sealed record DiffHunk(string File, string? Context, IReadOnlyList<int> AddedLines, IReadOnlyList<int> RemovedLines, IReadOnlyList<string> Text);
