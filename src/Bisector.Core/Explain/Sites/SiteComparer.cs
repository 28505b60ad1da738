using System.Text.RegularExpressions;

namespace Bisector.Core.Explain.Sites;

/// <summary>
/// Compares a function's machine code site by site: its instructions grouped by the source line they come from (debug
/// line info), the parent's lines moved to the culprit's numbering through the commit's diff, each site's instructions
/// compared on their own. A macro's sites are the lines that use it, so an edited macro is answered at every expansion.
/// Pure: instructions, the diff and the culprit's sources in, comparisons out.
/// </summary>
public static partial class SiteComparer
{
    public static IReadOnlyList<SiteComparison> Compare(FunctionCode parent, FunctionCode culprit, LineShift shift, ISourceFiles parentSources, ISourceFiles culpritSources)
    {
        var before = BySite(parent, parentSources, (file, line) => shift.Map(file, line));
        var after = BySite(culprit, culpritSources, (_, line) => line);
        return before.Keys.Union(after.Keys)
            .Order()
            .Select(site => Site(culprit.Symbol, site, before.GetValueOrDefault(site) ?? [], after.GetValueOrDefault(site) ?? []))
            .ToArray();
    }

    /// <summary>
    /// The sites of the function that use <paramref name="macro"/> (outside its own definition), or one of the macros
    /// in <paramref name="through"/> that expand it, with what most changed ones added.
    /// </summary>
    public static MacroSites Expansions(string macro, IReadOnlyList<SiteComparison> sites, ISourceFiles culpritSources, IReadOnlyList<string>? through = null)
    {
        var names = (through ?? []).Prepend(macro).Distinct(StringComparer.Ordinal).Select(Regex.Escape);
        var uses = new Regex($@"\b({string.Join('|', names)})\b", RegexOptions.CultureInvariant);
        var files = new Dictionary<string, string[]?>(StringComparer.Ordinal);
        var expansions = sites.Where(site =>
        {
            if (!files.TryGetValue(site.File, out var lines))
            {
                lines = culpritSources.Read(site.File)?.Split('\n');
                files[site.File] = lines;
            }

            return lines is not null && site.Line >= 1 && site.Line <= lines.Length && uses.IsMatch(lines[site.Line - 1]) && UnifiedDiff.MacroAt(lines, site.Line) is null;
        }).ToArray();
        var changed = expansions.Where(s => s.Finding == SiteFinding.Changed).ToArray();
        var (added, removed) = Unmoved(Common(changed.Select(s => s.Added).ToArray()), Common(changed.Select(s => s.Removed).ToArray()));
        return new MacroSites(macro, sites.FirstOrDefault()?.Symbol ?? "", expansions, added, removed);
    }

    /// <summary>
    /// What the macro added and removed, without an instruction found on both sides: the scheduler put the same instruction
    /// before the change in one build and after it in the other, which moved it but did not add it.
    /// </summary>
    private static (IReadOnlyList<string> Added, IReadOnlyList<string> Removed) Unmoved(IReadOnlyList<string> added, IReadOnlyList<string> removed)
    {
        var inRemoved = Counts(removed);
        var moved = Counts(added).ToDictionary(c => c.Key, c => Math.Min(c.Value, inRemoved.GetValueOrDefault(c.Key)), StringComparer.Ordinal);
        return (Without(added, moved), Without(removed, moved));
    }

    /// <summary><paramref name="shapes"/> less <paramref name="drop"/>'s count of each shape, the first ones of each going.</summary>
    private static string[] Without(IReadOnlyList<string> shapes, IReadOnlyDictionary<string, int> drop)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        return [.. shapes.Where(shape => (seen[shape] = seen.GetValueOrDefault(shape) + 1) > drop.GetValueOrDefault(shape))];
    }

    private static Dictionary<string, int> Counts(IEnumerable<string> shapes) =>
        shapes.GroupBy(s => s, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    /// <summary>
    /// The instructions most sites have in common: each shape as many times as more than half of the sites have it at
    /// least, in the order the first site has them. The scheduler moves a few neighbouring instructions differently at each
    /// site, and the compiler may merge a site's code into another's (its check gone from one line, kept at the others);
    /// what most sites share is what the macro itself added.
    /// </summary>
    private static IReadOnlyList<string> Common(IReadOnlyList<IReadOnlyList<string>> perSite)
    {
        if (perSite.Count == 0)
        {
            return [];
        }

        var quorum = (perSite.Count / 2) + 1;
        var counts = perSite.Select(Counts).ToArray();
        var kept = counts.SelectMany(c => c.Keys).Distinct(StringComparer.Ordinal)
            .ToDictionary(shape => shape, shape => counts.Select(c => c.GetValueOrDefault(shape)).OrderDescending().ElementAt(quorum - 1), StringComparer.Ordinal);
        var common = new List<string>();
        foreach (var shape in perSite.FirstOrDefault(site => site.Count > 0) ?? [])
        {
            if (kept.GetValueOrDefault(shape) > 0)
            {
                common.Add(shape);
                kept[shape]--;
            }
        }

        return common;
    }

    private static Dictionary<(string File, int Line), List<Instruction>> BySite(FunctionCode code, ISourceFiles sources, Func<string, int, int?> line)
    {
        var sites = new Dictionary<(string, int), List<Instruction>>();
        var located = new SourceSites(sources);
        foreach (var instruction in code.Instructions)
        {
            if (located.Of(instruction) is { } site && line(site.Path, site.Line) is { } mapped)
            {
                var key = (site.Path, mapped);
                if (!sites.TryGetValue(key, out var list))
                {
                    sites[key] = list = [];
                }

                list.Add(instruction);
            }
        }

        return sites;
    }

    private static SiteComparison Site(string symbol, (string File, int Line) site, List<Instruction> parentCode, List<Instruction> culpritCode)
    {
        // Padding the assembler puts between blocks to align them: where code lands, not what it does.
        var parent = parentCode.Where(i => !IsPadding(i.Text)).ToList();
        var culprit = culpritCode.Where(i => !IsPadding(i.Text)).ToList();
        var oldText = parent.Select(i => Unlabelled(i.Text)).ToArray();
        var newText = culprit.Select(i => Unlabelled(i.Text)).ToArray();
        var oldShape = parent.Select(i => InstructionShape.Of(i.Text)).ToArray();
        var newShape = culprit.Select(i => InstructionShape.Of(i.Text)).ToArray();
        var script = SequenceDiff.Align(oldShape, newShape, MachineCodeComparer.MaxEdits);
        var added = script.Where(p => p.Old is null).Select(p => newShape[p.New!.Value]).ToArray();
        var removed = script.Where(p => p.New is null).Select(p => oldShape[p.Old!.Value]).ToArray();
        var finding = (parent.Count, culprit.Count) switch
        {
            (0, _) => SiteFinding.Added,
            (_, 0) => SiteFinding.Removed,
            _ when oldText.SequenceEqual(newText) => SiteFinding.Identical,
            _ when added.Length == 0 && removed.Length == 0 => SiteFinding.SameShape,
            _ => SiteFinding.Changed,
        };
        return new SiteComparison(symbol, site.File, site.Line, parent.Count, culprit.Count, finding, added, removed,
            parent.Sum(i => i.Executions ?? 0), culprit.Sum(i => i.Executions ?? 0));
    }

    /// <summary>An alignment no-op however objdump spaces it: <c>nop</c>, <c>xchg ax,ax</c> (a two-byte nop), <c>data16 cs nopw ...</c>.</summary>
    private static bool IsPadding(string text)
    {
        var instruction = Whitespace().Replace(LabelDefinition().Replace(text, string.Empty).Trim(), " ");
        return instruction.StartsWith("nop", StringComparison.Ordinal) || instruction.StartsWith("xchg ax,ax", StringComparison.Ordinal)
            || instruction.StartsWith("data16", StringComparison.Ordinal) || instruction.StartsWith("cs nop", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    /// <summary>The instruction without its label and with label references made alike: labels are numbered per function, so code added elsewhere renumbers them.</summary>
    private static string Unlabelled(string text) => LabelReference().Replace(LabelDefinition().Replace(text, string.Empty), "L");

    [GeneratedRegex(@"^L\d+:\s*")]
    private static partial Regex LabelDefinition();

    [GeneratedRegex(@"\bL\d+\b")]
    private static partial Regex LabelReference();
}
