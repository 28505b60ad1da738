using Bisector.Core.Explain.Sites;

namespace Bisector.Reporting.Explain;

/// <summary>The words of a site-by-site comparison: what an edited macro did to the machine code at every line that expands it.</summary>
public static class SiteText
{
    /// <summary>
    /// "STEP() expands at 12 sites in eval: 12 changed, each +5 instructions (mov, mov, xor, test, cmovne)", or "STEP()
    /// expands at 12 sites in eval: all 12 identical: the source change did not change the machine code at these sites".
    /// </summary>
    public static string Macro(MacroSites macro) => Summary(SiteSummary.Of(macro));

    /// <summary>A macro's row as <see cref="Macro(MacroSites)"/> words it; a changed line as "`ceval.c:214` in `eval`: +2 instructions (mov, add)".</summary>
    public static string Summary(SiteSummary row)
    {
        if (row.Macro is null)
        {
            return $"`{Location(row)}` in `{row.Symbol}`: {Shapes(row.TypicalAdded, row.TypicalRemoved)}";
        }

        var where = $"{row.Macro}() expands at {ReportText.Count(row.Sites, "site")} in {row.Symbol}";
        if (row.Sites == 0)
        {
            return $"{row.Macro}() expands at no site of {row.Symbol} that has machine code";
        }

        if (row.Identical == row.Sites)
        {
            return $"{where}: all {row.Sites} identical: the source change did not change the machine code at these sites";
        }

        var parts = new List<string>();
        if (row.Changed > 0)
        {
            var each = row.TypicalAdded.Count > 0 || row.TypicalRemoved.Count > 0
                ? $", {(row.Typical == row.Changed ? "each" : $"{row.Typical} of them")} {Shapes(row.TypicalAdded, row.TypicalRemoved)}"
                : "";
            parts.Add($"{row.Changed} changed{each}");
        }

        if (row.SameShape > 0)
        {
            parts.Add($"{row.SameShape} the same but for registers");
        }

        if (row.Identical > 0)
        {
            parts.Add($"{row.Identical} identical");
        }

        return $"{where}: {string.Join(", ", parts)}";
    }

    /// <summary>"ceval.c:214", the site's file and line (for a macro, its first expansion).</summary>
    public static string Location(SiteSummary row) => $"{row.File}:{row.Line}";

    /// <summary>"+5 instructions (mov, mov, xor, test, cmovne)" and "-1 (lea)" for what a site gained and lost.</summary>
    public static string Shapes(IReadOnlyList<string> added, IReadOnlyList<string> removed)
    {
        static string Mnemonics(IReadOnlyList<string> shapes) => string.Join(", ", shapes.Select(s => s.Split(' ')[0]));
        var gained = added.Count > 0 ? $"+{ReportText.Count(added.Count, "instruction")} ({Mnemonics(added)})" : "";
        var lost = removed.Count > 0 ? $"-{ReportText.Count(removed.Count, "instruction")} ({Mnemonics(removed)})" : "";
        return string.Join(" ", new[] { gained, lost }.Where(p => p.Length > 0));
    }
}
