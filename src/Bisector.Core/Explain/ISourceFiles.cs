namespace Bisector.Core.Explain;

/// <summary>One commit's source files, as debug info and diffs name them.</summary>
public interface ISourceFiles
{
    /// <summary>The repository path of a file debug info names (often an absolute path in the build's worktree); null when the commit has no such file.</summary>
    string? RepositoryPath(string debugPath);

    /// <summary>The file's text at this commit; null when it does not exist.</summary>
    string? Read(string repositoryPath);
}
