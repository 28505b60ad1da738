using System.Globalization;
using Bisector.Core.Domain;
using Bisector.Core.Findings;
using Bisector.Core.Session;
using Bisector.Core.Statistics.Layouts;

namespace Bisector.Reporting.Text;

/// <summary>A comparison over code layouts in words: what the time change is, and where each side's layouts lie.</summary>
internal static class LayoutText
{
    /// <summary>The finding's name, as report.json writes it.</summary>
    public static string Name(LayoutFinding finding) => finding switch
    {
        LayoutFinding.Code => "code",
        LayoutFinding.Placement => "placement",
        LayoutFinding.Both => "both",
        _ => "same",
    };

    /// <summary>The verdict over layouts: "placement: ...", "code: ...", "both: ..." or "same: ...".</summary>
    public static string Verdict(LayoutEvidence evidence)
    {
        var v = evidence.Verdict;
        var over = $"over {v.Layouts} layouts";
        var interval = Invariant($"{v.ShiftPercent:+0.0;-0.0;0.0}% (95% interval {v.LowPercent:+0.0;-0.0;0.0}% to {v.HighPercent:+0.0;-0.0;0.0}%)");
        var defaults = Invariant($"{v.DefaultShiftPercent:+0.0;-0.0;0.0}%");
        var words = v.Finding switch
        {
            LayoutFinding.Placement when v.ExcludesZero =>
                $"the default builds' {defaults} is not borne out {over} ({interval}): where the code landed; over the layouts the code's part does not surely reach the threshold",
            LayoutFinding.Placement =>
                $"the default builds' {defaults} vanishes {over} ({interval}): where the code landed, not a code change",
            LayoutFinding.Code => $"the shift holds {over}: {interval}, the code's cost",
            LayoutFinding.Both =>
                $"{interval} from the code {over}, {Placed(v, Invariant($"{v.PlacementPercent:+0.0;-0.0;0.0}%"), hidden: false)} in the default builds ({defaults})",
            _ => $"no change of the threshold is sure {over}: {interval}; the default builds differ by {defaults}",
        };
        return $"{Name(v.Finding)}: {evidence.Candidate.Rev} against {evidence.Baseline.Rev}, {words}.";
    }

    /// <summary>
    /// How the default builds' placement stands to the code's shift: "hidden by a -10.8% placement change" when it points the
    /// other way and the default builds showed the opposite or (<paramref name="hidden"/>) no change, "partly offset by ..."
    /// when it points the other way only, else "with a +3.0% placement change on top".
    /// </summary>
    public static string Placed(LayoutVerdict v, string placementPercent, bool hidden)
    {
        var placement = $"a {placementPercent} placement change";
        var opposite = Math.Sign(v.PlacementPercent) != Math.Sign(v.ShiftPercent);
        var hides = opposite && (hidden || Math.Sign(v.DefaultShiftPercent) != Math.Sign(v.ShiftPercent));
        return hides ? $"hidden by {placement}" : opposite ? $"partly offset by {placement}" : $"with {placement} on top";
    }

    /// <summary>One side's spread: "COMMIT spans 362-399 ms over 8 layouts (10.0 %)".</summary>
    public static string Span(string rev, LayoutSpan span, int layouts, string unit) =>
        $"{rev} spans {Format.Number(span.Low)}-{Format.Number(span.High)} {unit} over {layouts} layouts ({Format.Share(span.SpreadPercent)})";

    public static string Describe(Finding finding) => finding switch
    {
        LayoutsUnavailable f => $"No comparison over layouts: the {ExecutorKinds.Name(f.Executor)} builder cannot relink a build in another layout.",
        LayoutsFailed { Built: false } f => $"No comparison over layouts: layout {f.Layout} of {Format.Sha(f.Sha)} did not link ({f.Error}).",
        LayoutsFailed f => $"No comparison over layouts: the benchmark of layout {f.Layout} of {Format.Sha(f.Sha)} failed ({f.Error}).",
        CulpritIsPlacement { Vanishes: true } f =>
            $"{f.Commit.ShortSha} is not named: its time change against its parent vanishes over {f.Layouts} code layouts. It moved where the code landed, not what it does.",
        CulpritIsPlacement { Verdict: { } v } f =>
            $"{f.Commit.ShortSha} is not named: against its parent it is {Percent(v.ShiftPercent)} over {f.Layouts} code layouts (95% interval {Percent(v.LowPercent)} to {Percent(v.HighPercent)}), " +
            $"not surely the threshold, where its default builds showed {Percent(v.DefaultShiftPercent)}: the rest is where the code landed.",
        ChangeHiddenByPlacement f =>
            $"Over {f.Layouts} code layouts, {f.BadRev} differs from {f.GoodRev} by {Invariant($"{f.ShiftPercent:+0.0;-0.0;0.0}% (95% interval {f.LowPercent:+0.0;-0.0;0.0}% to {f.HighPercent:+0.0;-0.0;0.0}%)")}, " +
            $"where the default builds alone showed {Invariant($"{f.DefaultShiftPercent:+0.0;-0.0;0.0}%")}: " +
            (f.Placed ? "where the code landed hid a change in what it does. " : "the same change, which their rounds alone could not confirm. ") +
            "The search steps use the default builds, so none was searched; the work search, or a run with --metric callgrind, names where the work changed.",
        ResidueIsPlacement f =>
            $"{f.Culprit.ShortSha}'s {Percent(f.DefaultCulpritPercent)} against its parent did not account for the endpoints' {Percent(f.DefaultEndpointsPercent)} in the default builds; " +
            $"over {f.Layouts} code layouts it is {Percent(f.CulpritPercent)} and the endpoints {Percent(f.EndpointsPercent)}: the difference was where the code landed, not another step, so the range was not mapped further.",
        _ => throw new ArgumentOutOfRangeException(nameof(finding), finding, "Not a layout finding."),
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Percent(double percent) => Invariant($"{percent:+0.0;-0.0;0.0}%");
}
