using Bisector.Core.Explain.Sites;

namespace Bisector.Reporting.Explain;

/// <summary>The words of a site-by-site comparison: what an edited macro did to the machine code at every line that expands it.</summary>
public static class SiteText
{
    /// <summary>
    /// "STEP() expands at 12 sites in eval: 12 changed, each +5 instructions (mov, mov, xor, test, cmovne)", or "STEP()
    /// expands at 12 sites in eval: all 12 identical: the source change did not change the machine code at these sites".
    /// </summary>
    public static string Macro(MacroSites macro)
    {
        var where = $"{macro.Macro}() expands at {ReportText.Count(macro.Sites.Count, "site")} in {macro.Symbol}";
        if (macro.Sites.Count == 0)
        {
            return $"{macro.Macro}() expands at no site of {macro.Symbol} that has machine code";
        }

        if (macro.Identical == macro.Sites.Count)
        {
            return $"{where}: all {macro.Sites.Count} identical: the source change did not change the machine code at these sites";
        }

        var parts = new List<string>();
        if (macro.Changed > 0)
        {
            var each = macro.TypicalAdded.Count > 0 || macro.TypicalRemoved.Count > 0
                ? $", {(macro.Typical == macro.Changed ? "each" : $"{macro.Typical} of them")} {Shapes(macro.TypicalAdded, macro.TypicalRemoved)}"
                : "";
            parts.Add($"{macro.Changed} changed{each}");
        }

        if (macro.SameShape > 0)
        {
            parts.Add($"{macro.SameShape} the same but for registers");
        }

        if (macro.Identical > 0)
        {
            parts.Add($"{macro.Identical} identical");
        }

        return $"{where}: {string.Join(", ", parts)}";
    }

    /// <summary>"+5 instructions (mov, mov, xor, test, cmovne)" and "-1 (lea)" for what a site gained and lost.</summary>
    public static string Shapes(IReadOnlyList<string> added, IReadOnlyList<string> removed)
    {
        static string Mnemonics(IReadOnlyList<string> shapes) => string.Join(", ", shapes.Select(s => s.Split(' ')[0]));
        var gained = added.Count > 0 ? $"+{ReportText.Count(added.Count, "instruction")} ({Mnemonics(added)})" : "";
        var lost = removed.Count > 0 ? $"-{ReportText.Count(removed.Count, "instruction")} ({Mnemonics(removed)})" : "";
        return string.Join(" ", new[] { gained, lost }.Where(p => p.Length > 0));
    }
}
