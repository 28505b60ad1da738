using LibGit2Sharp;

namespace Bisector.Testing;

/// <summary>Everything a run must not change in a user's repository: HEAD, refs, worktrees, status and the index.</summary>
public static class RepositoryFingerprint
{
    public static string Of(string path)
    {
        using var repository = new Repository(path);
        var refs = string.Join("\n", repository.Refs.Select(r => $"{r.CanonicalName} {r.TargetIdentifier}").Order(StringComparer.Ordinal));
        var worktreesPath = Path.Combine(path, ".git", "worktrees");
        var worktrees = Directory.Exists(worktreesPath) ? string.Join(",", Directory.GetDirectories(worktreesPath)) : "";
        var status = string.Join("\n", repository.RetrieveStatus(new StatusOptions { IncludeUntracked = true }).Select(s => $"{s.State} {s.FilePath}"));
        var indexPath = Path.Combine(path, ".git", "index");
        var index = File.Exists(indexPath) ? Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(indexPath))) : "";
        return $"HEAD {repository.Head.CanonicalName} {repository.Head.Tip?.Sha}\n{refs}\nworktrees: {worktrees}\nstatus:\n{status}\nindex {index}";
    }
}
