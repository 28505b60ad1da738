using Bisector.Core.Domain;
using LibGit2Sharp;

namespace Bisector.Git.History;

public sealed partial class GitCommitGraph
{
    /// <summary>
    /// Resolves a revision as users write it: a SHA or short SHA, a branch, a remote branch, a tag
    /// (annotated tags are peeled), <c>REV~N</c>, and CPython-style names: <c>v3.7</c> when only
    /// <c>v3.7.0</c> exists (or else the lowest <c>v3.7.N</c>), <c>3.7</c> when only <c>origin/3.7</c> exists.
    /// </summary>
    public ResolvedRevision Resolve(string rev)
    {
        if (string.IsNullOrWhiteSpace(rev))
        {
            throw new UsageException("A revision is empty: give a tag, branch or commit.");
        }

        foreach (var spec in Candidates(rev))
        {
            var commit = TryPeel(spec);
            if (commit is not null)
            {
                return new ResolvedRevision(spec == rev ? rev : $"{rev} (as {spec})", ToInfo(commit));
            }
        }

        var hint = SimilarNames(rev);
        throw new UsageException(
            $"Unknown revision '{rev}': not a commit, branch or tag in {GitDirectory}." +
            (hint.Count > 0 ? $" Did you mean: {string.Join(", ", hint)}?" : " Check the spelling, or fetch it first."));
    }

    private IEnumerable<string> Candidates(string rev)
    {
        yield return rev;
        yield return $"refs/tags/{rev}";
        yield return $"{rev}.0";
        if (FirstPatchRelease(rev) is { } release)
        {
            yield return release;
        }

        foreach (var remote in _repository.Network.Remotes.Select(r => r.Name).Append("origin").Distinct())
        {
            yield return $"{remote}/{rev}";
        }
    }

    /// <summary>The lowest <c>REV.N</c> release tag (<c>v3.11.2</c> for <c>v3.11</c> when there is no <c>v3.11.0</c>), or null.</summary>
    private string? FirstPatchRelease(string rev)
    {
        var prefix = $"refs/tags/{rev}.";
        return _repository.Refs
            .Select(r => r.CanonicalName)
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
            .Select(n => n[prefix.Length..])
            .Where(patch => patch.Length is > 0 and < 6 && patch.All(char.IsAsciiDigit))
            .OrderBy(patch => int.Parse(patch, System.Globalization.CultureInfo.InvariantCulture))
            .Select(patch => $"{rev}.{patch}")
            .FirstOrDefault();
    }

    private Commit? TryPeel(string spec)
    {
        try
        {
            return _repository.Lookup($"{spec}^{{commit}}") as Commit;
        }
        catch (LibGit2SharpException)
        {
            return null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private List<string> SimilarNames(string rev)
    {
        var key = rev.TrimStart('v');
        return _repository.Refs
            .Select(r => r.CanonicalName)
            .Where(n => n.StartsWith("refs/tags/", StringComparison.Ordinal) || n.StartsWith("refs/heads/", StringComparison.Ordinal) || n.StartsWith("refs/remotes/", StringComparison.Ordinal))
            .Select(n => n.Replace("refs/tags/", string.Empty, StringComparison.Ordinal).Replace("refs/heads/", string.Empty, StringComparison.Ordinal).Replace("refs/remotes/", string.Empty, StringComparison.Ordinal))
            .Where(n => key.Length > 0 && n.Contains(key, StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Take(5)
            .ToList();
    }
}
