using System.Globalization;

namespace Bisector.Reporting.Nightly;

/// <summary>The <c>history</c> command's terminal view: each benchmark's measured commits as aligned columns, a bar for the median, and its steps.</summary>
public static class HistoryTerminal
{
    private const int BarWidth = 24;

    public static void Write(TextWriter output, BenchmarkHistory history)
    {
        output.WriteLine($"{history.Title}: {ReportText.Commits(history.Points.Count)} measured, {Steps(history.Steps.Count)} ({history.Unit})");
        if (history.Points.Count == 0)
        {
            return;
        }

        var table = NightTables.Points(history);
        var (low, high) = (history.Points.Min(p => p.Median), history.Points.Max(p => p.Median));
        var widths = Enumerable.Range(0, table.Columns.Count - 1)
            .Select(i => table.Rows.Select(r => r[i].Length).Append(table.Columns[i].Header.Length).Max())
            .ToArray();
        string Line(IReadOnlyList<string> cells, string bar) =>
            "  " + string.Join("  ", cells.Take(widths.Length).Select((c, i) => table.Columns[i].Kind == CellKind.Number ? c.PadLeft(widths[i]) : c.PadRight(widths[i])))
            + "  " + bar.PadRight(BarWidth) + "  " + cells[^1];
        output.WriteLine(Line([.. table.Columns.Select(c => c.Header)], ""));
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var fraction = high > low ? (history.Points[i].Median - low) / (high - low) : 0.5;
            output.WriteLine(Line(table.Rows[i], new string('#', 1 + (int)Math.Round(fraction * (BarWidth - 1)))));
        }

        foreach (var step in history.Steps)
        {
            output.WriteLine($"  step #{step.Id} {step.BeforeSha[..10]}..{step.AfterSha[..10]}: {Format.Percent(step.ChangePercent)}, {step.StateName}: {NightTables.Explain(step)}" +
                (step.ReportDirectory is { } report ? $" ({report})" : ""));
        }
    }

    private static string Steps(int count) => count == 1 ? "1 step" : count.ToString(CultureInfo.InvariantCulture) + " steps";
}
