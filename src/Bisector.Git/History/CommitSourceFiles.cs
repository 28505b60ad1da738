using Bisector.Core.Explain;
using LibGit2Sharp;

namespace Bisector.Git.History;

/// <summary>A commit's files read from git's object database; debug-info paths are matched by their longest suffix that the tree holds.</summary>
internal sealed class CommitSourceFiles(Commit commit) : ISourceFiles
{
    private readonly Dictionary<string, string?> _texts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _paths = new(StringComparer.Ordinal);

    public string? RepositoryPath(string debugPath)
    {
        if (_paths.TryGetValue(debugPath, out var known))
        {
            return known;
        }

        string? found = null;
        var parts = debugPath.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var start = 0; start < parts.Length && found is null; start++)
        {
            var candidate = string.Join('/', parts[start..]);
            if (commit.Tree[candidate]?.TargetType == TreeEntryTargetType.Blob)
            {
                found = candidate;
            }
        }

        _paths[debugPath] = found;
        return found;
    }

    public string? Read(string repositoryPath)
    {
        if (!_texts.TryGetValue(repositoryPath, out var text))
        {
            text = commit.Tree[repositoryPath]?.Target is Blob blob && !blob.IsBinary ? blob.GetContentText() : null;
            _texts[repositoryPath] = text;
        }

        return text;
    }
}
