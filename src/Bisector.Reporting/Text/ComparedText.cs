using System.Globalization;
using Bisector.Core.Findings;
using Bisector.Core.Statistics;
using Bisector.Core.Statistics.Layouts;

namespace Bisector.Reporting.Text;

/// <summary>
/// <c>compare</c>'s verdict when it was measured over code layouts: what the code did leads, the default builds' shift
/// follows (where the code landed may be all of it), in the headline's style and in the notes' style.
/// </summary>
internal static class ComparedText
{
    /// <summary>"Compared: main vs v1.0: the code did not move the time: -0.6 % over 8 code layouts (95 % -2.9 % to +1.8 %); the default builds' +9.5 % (95 % +7.9 % to +10.9 %) is where the code landed".</summary>
    public static string Headline(string candidate, string baseline, PairCompared compared, LayoutVerdict layouts) =>
        $"Compared: {candidate} vs {baseline}: " + Words(
            compared,
            layouts,
            Format.Percent,
            "95 %",
            $"{Format.Percent(compared.Change.ShiftPercent)} (95 % {Format.Percent(compared.Change.ShiftLowPercent)} to {Format.Percent(compared.Change.ShiftHighPercent)})");

    /// <summary>The same, as the notes say it: "main against v1.0: the code did not move the time: -0.6% over 8 code layouts (95% interval ...); ...".</summary>
    public static string Sentence(PairCompared compared, LayoutVerdict layouts)
    {
        var change = compared.Change;
        return $"{compared.CandidateRev} against {compared.BaselineRev}: " + Words(
            compared,
            layouts,
            Percent,
            "95% interval",
            $"{Percent(change.ShiftPercent)} (95% interval {Percent(change.ShiftLowPercent)} to {Percent(change.ShiftHighPercent)}, {compared.Rounds} paired rounds)") + ".";
    }

    private static string Words(PairCompared compared, LayoutVerdict v, Func<double, string> percent, string interval, string defaults)
    {
        var over = $"over {v.Layouts} code layouts ({interval} {percent(v.LowPercent)} to {percent(v.HighPercent)})";
        var shift = percent(v.ShiftPercent);
        var hidden = compared.HiddenByPlacement;
        var unsure = compared.LayoutsOutcome == EndpointOutcome.Unsure;
        // An interval that excludes zero and a shift short of the threshold: the code may have moved the time, by less; a
        // shift at the threshold whose interval is not wholly beyond it, with instructions that do not show it: not sure.
        var codeMoved = unsure ? $"the layouts cannot tell whether the code moved the time by {compared.ThresholdPercent}%"
            : !v.ExcludesZero ? "the code did not move the time"
            : Math.Abs(v.ShiftPercent) >= compared.ThresholdPercent ? $"the layouts are not sure the code moved the time by {compared.ThresholdPercent}%"
            : $"the code did not move the time by {compared.ThresholdPercent}%";
        return v.Finding switch
        {
            LayoutFinding.Placement => $"{codeMoved}: {shift} {over}; the default builds' {defaults} is where the code landed",
            LayoutFinding.Code when hidden => $"{shift} from the code {over}, which the default builds did not show: {defaults}",
            LayoutFinding.Code => $"{shift} from the code {over}; the default builds: {defaults}",
            LayoutFinding.Both =>
                $"{shift} from the code {over}, {LayoutText.Placed(v, percent(v.PlacementPercent), hidden)} in the default builds{(hidden ? ", which did not show it" : string.Empty)}: {defaults}",
            _ => $"{codeMoved}: {shift} {over}; the default builds: {defaults}",
        };
    }

    private static string Percent(double value) => value.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) + "%";
}
