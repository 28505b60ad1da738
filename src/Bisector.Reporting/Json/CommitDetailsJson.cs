using Bisector.Core.Explain;

namespace Bisector.Reporting.Json;

/// <summary>The culprit as a reviewer reads it: its parent, full message, files and patch.</summary>
internal sealed record CommitDetailsJson(string Sha, string ParentSha, string Message, IReadOnlyList<FileJson> Files, string Patch)
{
    public static CommitDetailsJson Of(CommitDetails commit) => new(commit.Sha, commit.ParentSha, commit.Message, [.. commit.Files.Select(FileJson.Of)], commit.Patch);
}
