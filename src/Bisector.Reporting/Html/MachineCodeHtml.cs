using System.Globalization;
using System.Text;
using Bisector.Core.Explain;
using Bisector.Reporting.Document;
using Bisector.Reporting.Explain;
using static Bisector.Reporting.Html.HtmlText;

namespace Bisector.Reporting.Html;

/// <summary>
/// Each function's machine code in parent and culprit: the findings, then every changed hunk side by side, each
/// instruction's run count shaded by how hot it is within the function.
/// </summary>
internal static class MachineCodeHtml
{
    /// <summary>Hunks shown per function: a long function rewritten in many places keeps the page light.</summary>
    private const int MaxHunks = 30;

    /// <summary>Lines shown per hunk, around its most executed change.</summary>
    private const int MaxLinesPerHunk = 80;

    public static void Render(StringBuilder html, MachineCodeSection section)
    {
        Table(html, section.Findings);
        foreach (var code in section.Functions.Where(c => c.Hunks.Count > 0))
        {
            SideBySide(html, code);
        }
    }

    private static void SideBySide(StringBuilder html, MachineCodeComparison code)
    {
        var hottest = code.Hottest(MaxHunks).SelectMany(h => h.Hunk.Lines).SelectMany(l => new[] { l.Parent, l.Culprit }).Max(i => i?.Executions ?? 0);
        html.AppendLine($"<h3><code>{E(code.Symbol)}</code>: {E(ExplanationText.CodeFinding(code))}</h3>");
        html.AppendLine("<table class=\"asm\"><tr><th colspan=\"4\">parent</th><th colspan=\"4\">culprit</th></tr>");
        html.AppendLine("<tr><th>offset</th><th>instruction</th><th>source</th><th class=\"num\">runs · time</th><th>offset</th><th>instruction</th><th>source</th><th class=\"num\">runs · time</th></tr>");
        var shown = code.Hottest(MaxHunks);
        if (shown.Count < code.Hunks.Count)
        {
            html.AppendLine($"<tr class=\"hunk\"><td colspan=\"8\">the {shown.Count} of {code.Hunks.Count} hunks whose changed instructions ran most; report.json has them too</td></tr>");
        }

        foreach (var (number, hunk) in shown)
        {
            html.AppendLine($"<tr class=\"hunk\"><td colspan=\"8\">hunk {number} of {code.Hunks.Count}: {hunk.Added} added, {hunk.Removed} removed</td></tr>");
            var (lines, before, after) = hunk.Window(MaxLinesPerHunk);
            Skipped(html, before);
            foreach (var line in lines)
            {
                var kind = line.Kind switch { '+' => " class=\"add\"", '-' => " class=\"del\"", '~' => " class=\"ren\" title=\"the same instruction with other registers or stack slots\"", _ => "" };
                html.AppendLine($"<tr{kind}>{Side(line.Parent, hottest, first: true)}{Side(line.Culprit, hottest, first: false)}</tr>");
            }

            Skipped(html, after);
        }

        html.AppendLine("</table>");
    }

    private static void Skipped(StringBuilder html, int lines)
    {
        if (lines > 0)
        {
            html.AppendLine($"<tr class=\"muted\"><td colspan=\"8\">… {ReportText.Count(lines, "more line")} of this hunk</td></tr>");
        }
    }

    private static string Side(Instruction? instruction, long hottest, bool first)
    {
        var border = first ? "" : " class=\"side\"";
        if (instruction is null)
        {
            return $"<td{border}></td><td></td><td></td><td></td>";
        }

        return $"<td{border}>+{Format.Hex(instruction.Offset)}</td><td>{E(instruction.Text)}</td><td class=\"muted\" title=\"{E(instruction.Source)}\">{E(instruction.Source is { } source ? Path.GetFileName(source) : null)}</td>" +
            $"<td class=\"num\"{Heat(instruction.Executions, hottest)}>{ExplanationText.Executions(instruction)}</td>";
    }

    /// <summary>A warm background that deepens with an instruction's share of the hottest one's runs.</summary>
    private static string Heat(long? executions, long hottest)
    {
        if (executions is not > 0 || hottest <= 0)
        {
            return string.Empty;
        }

        var alpha = 0.1 + (0.55 * executions.Value / hottest);
        return $" style=\"background:rgba(255,140,0,{alpha.ToString("0.00", CultureInfo.InvariantCulture)})\"";
    }
}
