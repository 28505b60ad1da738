namespace Bisector.Core.Statistics.Layouts;

/// <summary>
/// Compares two revisions whose builds ran in several layouts, round r pairing the baseline's layout i with the candidate's
/// layout i back to back (so drift cancels within each round). The shift over layouts is the Hodges-Lehmann location of
/// every round's log ratio, whatever its layout, so where the code landed is part of the noise its interval covers (as
/// Stabilizer makes it) rather than a cost of the code; the default builds' shift (the same location of layout 0's rounds
/// alone) is what one build per commit would have said. Layout 0 may hold more rounds than the others (every round of the
/// default builds taken, such as a comparison's before the layouts): the shift over layouts takes as many of them as
/// another layout has, so that each layout weighs the same; the default builds' shift and tests take them all.
/// The code moved the time where the interval over layouts excludes zero and the shift reaches the threshold, unless the
/// instructions, counted, do not move that way (the same work, or the other way): then only where the whole interval
/// lies beyond the threshold, the standard the default builds' rounds meet to be called slower. A time change the work
/// does not show is most often where the code landed, and the layouts do not cover every placement: on a loaded 2-vCPU
/// VM the sample's pair of identical hot code read -5.8 % over 8 layouts (95 % -10.1 % to -1.1 %).
/// The default builds' placement is said to matter only when their shift lies outside the interval over layouts by at
/// least the threshold, and either their rounds' ratios lie apart from the other layouts' (a two-sided rank-sum test at
/// <see cref="PlacementAlpha"/>) or, where the code did not move the time by the threshold as above, their own rounds
/// show a change of the threshold or more whose 95 % interval excludes zero (a pair whose effect comes back every 32
/// bytes shows it in half the padded layouts too, so its default builds stand apart from none in particular). An
/// estimate from a layout's few rounds strays from a narrow interval of all rounds by noise alone. Pure.
/// </summary>
public static class LayoutComparison
{
    /// <summary>Two-sided level at which the default builds' rounds must differ from the other layouts' to call placement.</summary>
    public const double PlacementAlpha = 0.05;

    /// <param name="workDirection">
    /// Which way the two sides' executed instructions moved, when counted: 1 more, -1 fewer, 0 the same work; null when not counted.
    /// </param>
    public static LayoutVerdict Compare(IReadOnlyList<LayoutRound> rounds, double thresholdPercent, int? workDirection = null)
    {
        var byLayout = rounds.GroupBy(r => r.Layout).OrderBy(g => g.Key).ToArray();
        if (byLayout.Length == 0 || byLayout[0].Key != 0)
        {
            throw new ArgumentException("A comparison over layouts needs rounds of the default build, layout 0.", nameof(rounds));
        }

        var perLayout = byLayout.Length > 1 ? byLayout.Skip(1).Max(g => g.Count()) : byLayout[0].Count();
        var balanced = byLayout.SelectMany(g => g.Key == 0 ? g.Take(perLayout) : g);
        var (estimate, low, high) = SignedRankTest.Location(balanced.Select(LogRatio).ToArray());
        var defaults = byLayout[0].Select(LogRatio).ToArray();
        // The same estimate as the default builds' own paired comparison, which reads the same rounds.
        var (defaultEstimate, defaultLow, defaultHigh) = SignedRankTest.Location(defaults);
        var defaultShift = Percent(defaultEstimate);
        var (shift, lowPercent, highPercent) = (Percent(estimate), Percent(low), Percent(high));
        var codeMatters = CodeMoved(shift, lowPercent, highPercent, thresholdPercent, workDirection);
        var defaultsChanged = Math.Abs(defaultShift) >= thresholdPercent && (Percent(defaultLow) > 0 || Percent(defaultHigh) < 0);
        var placementMatters = (defaultShift < lowPercent || defaultShift > highPercent)
            && Math.Abs(defaultShift - shift) >= thresholdPercent
            && (DefaultBuildsStandApart(defaults, byLayout) || (!codeMatters && defaultsChanged));
        var finding = (codeMatters, placementMatters) switch
        {
            (true, true) => LayoutFinding.Both,
            (true, false) => LayoutFinding.Code,
            (false, true) => LayoutFinding.Placement,
            _ => LayoutFinding.Same,
        };
        return new LayoutVerdict(
            byLayout.Length,
            shift,
            lowPercent,
            highPercent,
            defaultShift,
            LayoutSpan.Of(byLayout.Select(g => Summary.Of(g.Select(r => r.Baseline).ToArray()).Median).ToArray()),
            LayoutSpan.Of(byLayout.Select(g => Summary.Of(g.Select(r => r.Candidate).ToArray()).Median).ToArray()),
            finding)
        { WorkDirection = workDirection };
    }

    /// <summary>
    /// Whether a shift over layouts is the code's: its 95 % interval wholly beyond the threshold either way; or excluding
    /// zero with the shift at the threshold, where the instructions moved the same way or were not counted.
    /// </summary>
    public static bool CodeMoved(double shiftPercent, double lowPercent, double highPercent, double thresholdPercent, int? workDirection) =>
        lowPercent >= thresholdPercent || highPercent <= -thresholdPercent
        || ((lowPercent > 0 || highPercent < 0) && Math.Abs(shiftPercent) >= thresholdPercent
            && (workDirection is null || workDirection == Math.Sign(shiftPercent)));

    /// <summary>Whether the default builds' ratios differ from the other layouts' ratios, beyond what noise would give.</summary>
    private static bool DefaultBuildsStandApart(double[] defaults, IGrouping<int, LayoutRound>[] byLayout)
    {
        var others = byLayout.Skip(1).SelectMany(g => g).Select(LogRatio).ToArray();
        return others.Length > 0
            && 2 * Math.Min(VerdictEngine.PGreater(defaults, others), VerdictEngine.PGreater(others, defaults)) < PlacementAlpha;
    }

    private static double LogRatio(LayoutRound round) => Math.Log(round.Candidate / round.Baseline);

    private static double Percent(double log) => (Math.Exp(log) - 1) * 100;
}
