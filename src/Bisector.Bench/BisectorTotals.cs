using System.Globalization;

namespace Bisector.Bench;

/// <summary>One Bisector variant's outcomes, by the kind of machine and history they came from: what the summary lines print.</summary>
internal sealed class BisectorTotals
{
    public Totals SteadyStrong { get; } = new();

    public Totals DriftStrong { get; } = new();

    public Totals UnpinnedStrong { get; } = new();

    public Totals LayoutStrong { get; } = new();

    public Totals SteadyFlat { get; } = new();

    /// <summary>"No regression" said of a history whose step is above the threshold.</summary>
    public int ClaimedNone { get; private set; }

    /// <param name="aboveThreshold">Whether the history's step is above the run's threshold.</param>
    public void Add(DriftKind drift, double effect, double ratio, bool aboveThreshold, Outcome[] outcomes)
    {
        var strong = effect > 0 && ratio >= 3;
        var totals = (strong, drift) switch
        {
            (true, DriftKind.None) => SteadyStrong,
            (true, DriftKind.Bursts or DriftKind.Trend) => DriftStrong,
            (true, DriftKind.TwoCpus) => UnpinnedStrong,
            (true, DriftKind.Layout) => LayoutStrong,
            (false, DriftKind.None) when effect == 0 => SteadyFlat,
            _ => null,
        };
        totals?.Add(outcomes);

        // With layout offsets a later build can really be as fast in time as good: "no regression" is then true in time.
        if (aboveThreshold && drift != DriftKind.Layout)
        {
            ClaimedNone += outcomes.Count(o => o.Status == Core.Domain.BisectStatus.NoRegression);
        }
    }

    /// <summary>The summary lines, with the baselines beside where given.</summary>
    public void Print(Totals? steadyFixed, Totals? driftFixed, Totals? driftRunner)
    {
        string Beside(params (string Name, Totals? Totals)[] baselines) =>
            string.Concat(baselines.Where(b => b.Totals is not null).Select(b => $"; {b.Name} {b.Totals!.Summary}"));
        Line($"Steady machine, effects of at least 3 sd ({SteadyStrong.Count} bisections): {SteadyStrong.Summary}{Beside(("fixed-10", steadyFixed))}");
        Line($"Drifting load (bursts, trend), effects of at least 3 sd ({DriftStrong.Count} bisections): {DriftStrong.Summary}{Beside(("bench_runner", driftRunner), ("fixed-10", driftRunner is null ? null : driftFixed))}");
        Line($"Two CPUs 35% apart, samples NOT pinned ({UnpinnedStrong.Count} bisections; Bisector pins by default): {UnpinnedStrong.Summary}");
        Line($"Layout offsets of +-10% per build ({LayoutStrong.Count} bisections; time sees layout, instructions see work): {LayoutStrong.Summary}, a time culprit said to be layout in {LayoutStrong.Percent(Verdict.Layout):0.00}%");
        Line($"Flat histories, steady machine ({SteadyFlat.Count} bisections): says no regression in {SteadyFlat.Percent(Verdict.NoRegression):0.00}%, inconclusive in {SteadyFlat.Percent(Verdict.Inconclusive):0.00}%, names a culprit in {SteadyFlat.Percent(Verdict.False):0.00}%");
        Line($"\"No regression\" claimed on a history whose step is above the threshold: {ClaimedNone} times");
    }

    private static void Line(FormattableString line) => Console.WriteLine("  " + line.ToString(CultureInfo.InvariantCulture));
}
