using System.Text.RegularExpressions;

namespace Bisector.Core.Explain;

/// <summary>
/// Maps the culprit's diff onto what the benchmark executed (instructions per source line from DWARF line info): which
/// changed lines ran and how much, and which lines' executed instructions changed although their source did not.
/// </summary>
public static partial class SourceAnalysis
{
    /// <summary>Lines listed in <see cref="SourceExecution.Lines"/>.</summary>
    public const int MaxLines = 12;

    public static SourceExecution Analyze(
        IReadOnlyList<DiffHunk> hunks,
        IReadOnlyList<LineCost> parentLines,
        IReadOnlyList<LineCost> culpritLines,
        ISourceFiles parentSources,
        ISourceFiles culpritSources)
    {
        var parent = Aggregate(parentLines, parentSources);
        var culprit = Aggregate(culpritLines, culpritSources);
        var files = parent.Keys.Select(k => k.Path).Concat(culprit.Keys.Select(k => k.Path)).Concat(hunks.Select(h => h.File)).Distinct(StringComparer.Ordinal).ToArray();

        var changes = new List<ChangedCode>();
        var changedMacros = new HashSet<string>(StringComparer.Ordinal);
        foreach (var hunk in hunks)
        {
            var macros = UnifiedDiff.MacrosEdited(hunk, culpritSources.Read(hunk.File));
            if (macros.Count > 0)
            {
                var users = Closure(macros, files, culpritSources, parentSources);
                changedMacros.UnionWith(users);
                changes.Add(new ChangedCode(
                    hunk.File, hunk.Context, string.Join(", ", macros), hunk.AddedLines,
                    Using(culprit, users, culpritSources), Using(parent, users, parentSources)));
            }
            else if (culprit.Keys.Any(k => k.Path == hunk.File) || parent.Keys.Any(k => k.Path == hunk.File) || IsSource(hunk.File))
            {
                changes.Add(new ChangedCode(
                    hunk.File, hunk.Context, null, hunk.AddedLines,
                    hunk.AddedLines.Sum(l => culprit.GetValueOrDefault((hunk.File, l)).Instructions),
                    hunk.RemovedLines.Sum(l => parent.GetValueOrDefault((hunk.File, l)).Instructions)));
            }
        }

        return new SourceExecution(changes, HotLines(hunks, parent, culprit, changedMacros, culpritSources));
    }

    private static List<HotLine> HotLines(
        IReadOnlyList<DiffHunk> hunks,
        Dictionary<(string Path, int Line), (long Instructions, string Function)> parent,
        Dictionary<(string Path, int Line), (long Instructions, string Function)> culprit,
        HashSet<string> changedMacros,
        ISourceFiles culpritSources)
    {
        var byFile = hunks.GroupBy(h => h.File, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        var lines = new Dictionary<(string Path, int Line, bool Removed), (long Parent, long Culprit, string Function)>();
        foreach (var ((path, line), (instructions, function)) in culprit)
        {
            lines[(path, line, false)] = (0, instructions, function);
        }

        foreach (var ((path, line), (instructions, function)) in parent)
        {
            var mapped = MapToCulprit(byFile.GetValueOrDefault(path), line);
            var key = (path, mapped ?? line, mapped is null);
            var existing = lines.GetValueOrDefault(key, (0, 0, function));
            lines[key] = (existing.Parent + instructions, existing.Culprit, existing.Function);
        }

        var pattern = changedMacros.Count == 0 ? null : UsesAny(changedMacros);
        var texts = new Dictionary<string, string[]>(StringComparer.Ordinal);
        bool Changed(string path, int line, bool removed)
        {
            if (removed || (byFile.TryGetValue(path, out var fileHunks) && fileHunks.Any(h => h.AddedLines.Contains(line))))
            {
                return true;
            }

            if (pattern is null)
            {
                return false;
            }

            if (!texts.TryGetValue(path, out var text))
            {
                text = culpritSources.Read(path)?.Split('\n') ?? [];
                texts[path] = text;
            }

            return line >= 1 && line <= text.Length && pattern.IsMatch(text[line - 1]);
        }

        return lines
            .Where(l => l.Value.Parent != l.Value.Culprit)
            .OrderByDescending(l => Math.Abs(l.Value.Culprit - l.Value.Parent))
            .Take(MaxLines)
            .Select(l => new HotLine(l.Key.Path, l.Key.Line, l.Value.Function, l.Value.Parent, l.Value.Culprit, Changed(l.Key.Path, l.Key.Line, l.Key.Removed)))
            .ToList();
    }

    /// <summary>A parent line's number in the culprit, or null when the diff removed it.</summary>
    private static int? MapToCulprit(DiffHunk[]? fileHunks, int parentLine)
    {
        if (fileHunks is null)
        {
            return parentLine;
        }

        var shift = 0;
        foreach (var hunk in fileHunks)
        {
            if (hunk.RemovedLines.Contains(parentLine))
            {
                return null;
            }

            var firstOld = hunk.RemovedLines.Count > 0 ? hunk.RemovedLines[0] : hunk.AddedLines.Count > 0 ? hunk.AddedLines[0] - shift : int.MaxValue;
            if (firstOld <= parentLine)
            {
                shift += hunk.AddedLines.Count - hunk.RemovedLines.Count;
            }
        }

        return parentLine + shift;
    }

    /// <summary>The macros and every macro whose definition uses one of them, through any depth (DISPATCH uses EVAL_BREAKER_SET).</summary>
    private static HashSet<string> Closure(IReadOnlyList<string> macros, IReadOnlyList<string> files, params ISourceFiles[] sides) =>
        new(Sites.MacroUses.Reaching(macros, sides.SelectMany(side => files.Select(side.Read)).OfType<string>()), StringComparer.Ordinal);

    /// <summary>Instructions executed on the lines (outside #define bodies) whose text uses one of the macros.</summary>
    private static long Using(Dictionary<(string Path, int Line), (long Instructions, string Function)> costs, HashSet<string> macros, ISourceFiles sources)
    {
        var pattern = UsesAny(macros);
        long total = 0;
        foreach (var group in costs.GroupBy(c => c.Key.Path, StringComparer.Ordinal))
        {
            var lines = sources.Read(group.Key)?.Split('\n');
            if (lines is null)
            {
                continue;
            }

            foreach (var ((_, line), (instructions, _)) in group)
            {
                if (line >= 1 && line <= lines.Length && pattern.IsMatch(lines[line - 1]) && UnifiedDiff.MacroAt(lines, line) is null)
                {
                    total += instructions;
                }
            }
        }

        return total;
    }

    private static Dictionary<(string Path, int Line), (long Instructions, string Function)> Aggregate(IReadOnlyList<LineCost> lines, ISourceFiles sources)
    {
        var paths = new Dictionary<string, string?>(StringComparer.Ordinal);
        var result = new Dictionary<(string Path, int Line), (long Instructions, string Function)>();
        foreach (var cost in lines)
        {
            if (!paths.TryGetValue(cost.File, out var path))
            {
                path = sources.RepositoryPath(cost.File);
                paths[cost.File] = path;
            }

            if (path is null || cost.Line <= 0)
            {
                continue;
            }

            var existing = result.GetValueOrDefault((path, cost.Line), (0, cost.Function));
            result[(path, cost.Line)] = (existing.Instructions + cost.Instructions, existing.Function);
        }

        return result;
    }

    /// <summary>Matches a line that names any of the macros as a whole word.</summary>
    private static Regex UsesAny(IEnumerable<string> macros) =>
        new(@"\b(" + string.Join("|", macros.Select(Regex.Escape)) + @")\b", RegexOptions.CultureInvariant);

    private static bool IsSource(string path) =>
        Path.GetExtension(path) is ".c" or ".h" or ".cc" or ".cpp" or ".cxx" or ".hpp" or ".hh" or ".inc" or ".y" or ".l" or ".s" or ".S";
}
