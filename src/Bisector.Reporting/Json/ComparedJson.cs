using Bisector.Core.Findings;
using Bisector.Core.Statistics;
using Bisector.Reporting.Text;

namespace Bisector.Reporting.Json;

/// <summary>
/// <c>compare</c>'s verdict for a script: over the code layouts when it was measured over them (the default builds' shift
/// in "change" may then be where the code landed), else the default builds'. Absent from every other report.
/// </summary>
/// <param name="Basis">"layouts" or "default-builds": what <paramref name="Outcome"/> and the shift rest on.</param>
/// <param name="Outcome">The candidate against the baseline: "slower" or "faster" by the threshold or more, "no-change", or "unsure".</param>
/// <param name="LayoutFinding">The layouts' finding (code, placement, both, same); null on the default builds alone.</param>
/// <param name="HiddenByPlacement">The default builds showed no change of the threshold's size, while over the layouts the code surely moved by it.</param>
/// <param name="DefaultOutcome">The default builds' own outcome, in the same words.</param>
internal sealed record ComparedJson(
    string Basis,
    string Outcome,
    double ShiftPercent,
    double ShiftLowPercent,
    double ShiftHighPercent,
    string? LayoutFinding,
    bool HiddenByPlacement,
    string DefaultOutcome)
{
    public static ComparedJson? Of(PairCompared? compared) => compared switch
    {
        null => null,
        { OverLayouts: { } v, LayoutsOutcome: { } outcome } => new(
            "layouts",
            Words(outcome, compared.Direction),
            Math.Round(v.ShiftPercent, 3),
            Math.Round(v.LowPercent, 3),
            Math.Round(v.HighPercent, 3),
            LayoutText.Name(v.Finding),
            compared.HiddenByPlacement,
            Words(compared.Outcome, compared.Direction)),
        _ => new(
            "default-builds",
            Words(compared.Outcome, compared.Direction),
            Math.Round(compared.Change.ShiftPercent, 3),
            Math.Round(compared.Change.ShiftLowPercent, 3),
            Math.Round(compared.Change.ShiftHighPercent, 3),
            null,
            false,
            Words(compared.Outcome, compared.Direction)),
    };

    /// <summary>An outcome in the direction asked, as plain words: under --direction faster a "regression" is "faster".</summary>
    private static string Words(EndpointOutcome outcome, Direction direction) => outcome switch
    {
        EndpointOutcome.Regression => direction == Direction.Faster ? "faster" : "slower",
        EndpointOutcome.Faster => direction == Direction.Faster ? "slower" : "faster",
        EndpointOutcome.NoRegression => "no-change",
        _ => "unsure",
    };
}
