using Bisector.Reporting.Text;
using System.Globalization;
using Bisector.Core.Session;

namespace Bisector.Reporting.Document;

/// <summary>Every tested commit in the order the search tested it, with how it ran.</summary>
/// <param name="Search">How the search ran: "bisection, 5 rounds; 8 builds ahead, 4 used"; null without a search.</param>
public sealed record StepsSection(string? Search, ReportTable Table) : ReportSection("steps", "Steps, in the order they were tested")
{
    /// <summary>Null when nothing was tested one commit at a time (a compare, a profile).</summary>
    public static StepsSection? Of(BisectResult result) => result.Steps.Count == 0 ? null : new(
        ReportText.SearchShape(result),
        new(
            [
                new("#", CellKind.Number), new("round", CellKind.Number), new("commit"), new("role"), new("verdict", CellKind.Verdict), new("decided by"),
                new("samples", CellKind.Number), new("median", CellKind.Number), new("95 % CI of median", CellKind.Number), new("vs good", CellKind.Number),
                new("build"), new("built in"), new("machine while measuring"), new("note"),
            ],
            result.Steps.Select((step, i) => (IReadOnlyList<string>)
            [
                (i + 1).ToString(CultureInfo.InvariantCulture),
                step.Round > 0 ? step.Round.ToString(CultureInfo.InvariantCulture) : "",
                $"`{step.Commit.ShortSha}` {step.Commit.Subject}",
                ReportNames.Role(step.Role),
                ReportNames.Verdict(step.Verdict),
                step.Samples > 0 ? result.Request.Metric : "",
                step.Samples.ToString(CultureInfo.InvariantCulture),
                step.Summary is { } s ? Format.Number(s.Median) : "",
                step.Summary is { } t ? $"{Format.Number(t.MedianLow)} – {Format.Number(t.MedianHigh)}" : "",
                step.Classification is { } c ? Format.Percent(c.ShiftPercent) : "",
                step.Build is { } b ? $"{b.Kind.ToString().ToLowerInvariant()} {Format.Seconds(step.BuildSeconds)}" : "",
                ReportText.BuiltWhere(step),
                ReportText.Load(step.Load),
                FindingText.Describe(step.Note, ""),
            ]).ToArray()));
}
