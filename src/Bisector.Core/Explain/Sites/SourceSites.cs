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

    /// <summary>
    /// The function with each instruction's source named by its repository path and line, as the hot table names it: debug
    /// info names the checkout's path, or the one ccache first compiled the file in. Other sources are kept as they are.
    /// </summary>
    public FunctionCode Named(FunctionCode code) =>
        code with { Instructions = [.. code.Instructions.Select(i => Of(i) is { } site ? i with { Source = $"{site.Path}:{site.Line}" } : i)] };
}
