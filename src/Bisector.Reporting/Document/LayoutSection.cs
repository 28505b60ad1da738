using Bisector.Core.Session;
using Bisector.Reporting.Text;

namespace Bisector.Reporting.Document;

/// <summary>Each comparison made over code layouts: its finding in words, each side's spread over its layouts, and the table.</summary>
/// <param name="Lines">Per comparison, the verdict and then each side's span, for the terminal and under the table.</param>
public sealed record LayoutSection(ReportTable Table, IReadOnlyList<string> Lines) : ReportSection("layouts", "Over code layouts")
{
    public static LayoutSection? Of(BisectResult result)
    {
        if (result.Layouts.Count == 0)
        {
            return null;
        }

        var unit = result.Request.Unit;
        return new(
            new(
                [new("baseline"), new("candidate"), new("layouts", CellKind.Number), new("finding"), new("shift over layouts", CellKind.Number), new("95 % interval", CellKind.Number), new("default builds' shift", CellKind.Number), new("baseline spread", CellKind.Number), new("candidate spread", CellKind.Number)],
                result.Layouts.Select(e => (IReadOnlyList<string>)
                [
                    e.Baseline.Rev,
                    e.Candidate.Rev,
                    e.Verdict.Layouts.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    LayoutText.Name(e.Verdict.Finding),
                    Format.Percent(e.Verdict.ShiftPercent),
                    $"{Format.Percent(e.Verdict.LowPercent)} to {Format.Percent(e.Verdict.HighPercent)}",
                    Format.Percent(e.Verdict.DefaultShiftPercent),
                    Format.Share(e.Verdict.Baseline.SpreadPercent),
                    Format.Share(e.Verdict.Candidate.SpreadPercent),
                ]).ToArray()),
            result.Layouts.SelectMany(e => new[]
            {
                LayoutText.Verdict(e),
                LayoutText.Span(e.Baseline.Rev, e.Verdict.Baseline, e.Verdict.Layouts, unit),
                LayoutText.Span(e.Candidate.Rev, e.Verdict.Candidate, e.Verdict.Layouts, unit),
            }).ToArray());
    }
}
