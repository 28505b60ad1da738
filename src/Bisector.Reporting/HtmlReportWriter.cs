using System.Globalization;
using System.Net;
using System.Text;
using Bisector.Core.Domain;
using Bisector.Core.Session;

namespace Bisector.Reporting;

/// <summary>report.html: one self-contained page, with every step's raw samples drawn as dots.</summary>
public static class HtmlReportWriter
{
    public static string Render(BisectResult result)
    {
        var html = new StringBuilder();
        var unit = result.Request.Unit;
        html.AppendLine("<!DOCTYPE html>");
        html.AppendLine("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        html.AppendLine($"<title>Bisector: {E(result.Request.Benchmark)}</title>");
        html.AppendLine("<style>body{font-family:system-ui,sans-serif;margin:2em;max-width:72em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left}.good{color:#2a7a2a}.bad{color:#b22}.skip,.unknown{color:#a60}code{font-size:.95em}</style>");
        html.AppendLine("</head><body>");
        html.AppendLine($"<h1>{E(result.Request.Benchmark)}: {E(ReportText.Headline(result))}</h1>");
        html.AppendLine($"<p>good <code>{E(result.Request.GoodRev)}</code> {E(result.Good?.Commit.ShortSha)} · bad <code>{E(result.Request.BadRev)}</code> {E(result.Bad?.Commit.ShortSha)} · metric {E(result.Request.Metric)} ({E(unit)}), lower is better · {E(ReportText.Totals(result))}</p>");
        if (result.Culprit is { } culprit)
        {
            html.AppendLine($"<p>Culprit <code>{culprit.Sha}</code>: <b>{E(culprit.Subject)}</b> by {E(culprit.Author)}, {Format.Date(culprit.Date)}</p>");
        }

        if (result.Change is { } change)
        {
            html.AppendLine($"<p>Good {Format.Number(change.BaselineMedian)} {E(unit)} → bad {Format.Number(change.RegressedMedian)} {E(unit)}: shift {Format.Percent(change.ShiftPercent)} (95 % {Format.Percent(change.ShiftLowPercent)} to {Format.Percent(change.ShiftHighPercent)}), p {Format.PValue(change.PValue)}</p>");
        }

        if (result.Endpoints is { } noise)
        {
            html.AppendLine($"<p>{E(ReportText.Sensitivity(noise))}</p>");
        }

        if (result.Instructions is { } instructions)
        {
            html.AppendLine($"<p><b>{ReportNames.Finding(instructions.Finding)}</b>: {E(instructions.Explanation)}</p>");
        }

        html.AppendLine(Chart(result));
        html.AppendLine("<table><tr><th>#</th><th>commit</th><th>role</th><th>verdict</th><th>decided by</th><th>samples</th><th>median</th><th>95 % CI</th><th>build</th><th>machine while measuring</th><th>note</th></tr>");
        var n = 0;
        foreach (var step in result.Steps)
        {
            var verdict = ReportNames.Verdict(step.Verdict);
            html.AppendLine($"<tr><td>{++n}</td><td><code>{step.Commit.ShortSha}</code> {E(step.Commit.Subject)}</td><td>{step.Role}</td><td class=\"{verdict}\">{verdict}</td><td>{(step.Samples > 0 ? E(result.Request.Metric) : "")}</td><td>{step.Samples}</td>" +
                $"<td>{(step.Summary is { } s ? Format.Number(s.Median) : "")}</td><td>{(step.Summary is { } t ? $"{Format.Number(t.MedianLow)} – {Format.Number(t.MedianHigh)}" : "")}</td>" +
                $"<td>{(step.Build is { } b ? $"{b.Kind.ToString().ToLowerInvariant()} {Format.Seconds(step.BuildSeconds)}" : "")}</td><td>{E(ReportText.Load(step.Load))}</td><td>{E(step.Note)}</td></tr>");
        }

        html.AppendLine("</table>");
        foreach (var note in result.Notes)
        {
            html.AppendLine($"<p>{E(note)}</p>");
        }

        html.AppendLine("</body></html>");
        return html.ToString();
    }

    /// <summary>Samples per step as dots on a shared vertical scale.</summary>
    private static string Chart(BisectResult result)
    {
        var steps = result.Steps.Where(s => s.Values.Count > 0).ToArray();
        if (steps.Length == 0)
        {
            return string.Empty;
        }

        var all = steps.SelectMany(s => s.Values).ToArray();
        double min = all.Min(), max = all.Max();
        var span = max > min ? max - min : 1;
        const int width = 40, height = 200, pad = 20;
        var svg = new StringBuilder($"<svg width=\"{(steps.Length * width) + (2 * pad)}\" height=\"{height + (2 * pad)}\" role=\"img\" aria-label=\"samples per step\">");
        for (var i = 0; i < steps.Length; i++)
        {
            var color = steps[i].Verdict switch { Verdict.Good => "#2a7a2a", Verdict.Bad => "#b22", _ => "#a60" };
            foreach (var value in steps[i].Values)
            {
                var y = pad + height - ((value - min) / span * height);
                svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{pad + (i * width) + (width / 2)}\" cy=\"{y:0.0}\" r=\"3\" fill=\"{color}\" fill-opacity=\"0.6\"><title>{E(steps[i].Commit.ShortSha)} {Format.Number(value)}</title></circle>");
            }
        }

        return svg.Append("</svg>").ToString();
    }

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);
}
