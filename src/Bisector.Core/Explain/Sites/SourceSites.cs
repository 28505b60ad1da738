namespace Bisector.Core.Explain.Sites;

/// <summary>
/// The source site (repository path and line) an instruction comes from, as debug info names it ("/build/ceval.c:61",
/// "ceval.c:61 (discriminator 2)"), with each debug path looked up once.
/// </summary>
internal sealed class SourceSites(ISourceFiles sources)
{
    private readonly Dictionary<string, string?> _paths = new(StringComparer.Ordinal);

    /// <summary>The instruction's repository path and line; null without line info or for a file the commit does not have.</summary>
    public (string Path, int Line)? Of(Instruction instruction)
    {
        if (instruction.Source is not { } source || source.LastIndexOf(':') is var colon && colon < 1
            || !int.TryParse(source[(colon + 1)..].Split(' ')[0], out var line))
        {
            return null;
        }

        var debugPath = source[..colon];
        if (!_paths.TryGetValue(debugPath, out var path))
        {
            path = sources.RepositoryPath(debugPath);
            _paths[debugPath] = path;
        }

        return path is null ? null : (path, line);
    }
}
