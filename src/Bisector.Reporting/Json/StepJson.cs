using Bisector.Reporting.Text;
using System.Text.Json.Serialization;
using Bisector.Core.Session;

namespace Bisector.Reporting.Json;

/// <summary>
/// A tested commit: the contract's sha, verdict, samples, median and build time, plus where it was built and measured,
/// its deciding figures (only when it was classified), the build log (only when the build failed), its raw values and
/// the machine's load (only when recorded).
/// </summary>
internal sealed record StepJson(
    string Sha,
    string Subject,
    string Role,
    string Verdict,
    string Metric,
    int Samples,
    double Median,
    double MedianLow,
    double MedianHigh,
    double BuildSeconds,
    string? BuildKind,
    int Round,
    string? BuiltIn,
    string? BuiltOn,
    IReadOnlyList<string> MeasuredOn,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? BuildLog,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? ShiftPercent,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? PBad,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? PGood,
    string? Note,
    IReadOnlyList<double> Values,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] LoadJson? Load)
{
    public static StepJson Of(StepRecord step, string metric) => new(
        step.Commit.Sha,
        step.Commit.Subject,
        ReportNames.Role(step.Role),
        ReportNames.Verdict(step.Verdict),
        metric,
        step.Samples,
        step.Summary?.Median ?? 0,
        step.Summary?.MedianLow ?? 0,
        step.Summary?.MedianHigh ?? 0,
        Math.Round(step.BuildSeconds, 3),
        step.Build?.Kind.ToString().ToLowerInvariant(),
        step.Round,
        step.Build?.WorktreeDirectory is { Length: > 0 } checkout ? checkout : null,
        step.Build?.Host,
        step.Load?.Hosts ?? [],
        step.Build is { Success: false } failed ? failed.LogPath : null,
        step.Classification is { } c ? Math.Round(c.ShiftPercent, 3) : null,
        step.Classification?.PBad,
        step.Classification?.PGood,
        step.Note is { } note ? FindingText.Describe(note) : null,
        step.Values,
        LoadJson.Of(step.Load));
}
