using Bisector.Core.Domain;
using Bisector.Core.Findings;
using Bisector.Core.Session;
using Bisector.Reporting.Text;

namespace Bisector.Reporting;

/// <summary>Sentences shared by the Markdown and HTML reports and the terminal summary.</summary>
public static class ReportText
{
    public static string Headline(BisectResult result) => result.Status switch
    {
        BisectStatus.CulpritFound => $"Culprit: {result.Culprit!.ShortSha} {result.Culprit.Subject}",
        BisectStatus.NoRegression => $"No regression: {result.Request.BadRev} is not {Slower(result)} than {result.Request.GoodRev} by more than the threshold",
        BisectStatus.Ambiguous => $"Ambiguous: the culprit is one of {Commits(result.Candidates.Count)}",
        BisectStatus.Inconclusive when result is { Verification: { Confirmed: false } failed, Change: { } change } =>
            $"Inconclusive: {result.Request.BadRev} is {Slower(result)} than {result.Request.GoodRev} ({Format.Percent(change.ShiftPercent)}), " +
            $"but no single commit could be confirmed: the search's last, {failed.CommitSha[..10]}, is {Format.Percent(failed.Change.ShiftPercent)} " +
            $"(95 % {Format.Percent(failed.Change.ShiftLowPercent)} to {Format.Percent(failed.Change.ShiftHighPercent)}) against its parent",
        BisectStatus.Inconclusive when result is { Change: { } change } && result.Notes.OfType<CulpritIsPlacement>().FirstOrDefault() is { } placed =>
            $"Inconclusive: {result.Request.BadRev} is {Slower(result)} than {result.Request.GoodRev} ({Format.Percent(change.ShiftPercent)}), " +
            $"but the search's commit, {placed.Commit.ShortSha}, " + (placed.Vanishes
                ? $"only moved where the code landed: its change vanishes over {placed.Layouts} code layouts"
                : $"moved mostly where the code landed: over {placed.Layouts} code layouts its change, {Format.Percent(placed.Verdict!.ShiftPercent)}, is not surely the threshold"),
        BisectStatus.Inconclusive when result.Notes.OfType<ChangeHiddenByPlacement>().FirstOrDefault() is { } hidden => HiddenByPlacement(result, hidden),
        BisectStatus.Inconclusive => $"Inconclusive: the noise hides whether {result.Request.BadRev} is {Slower(result)} than {result.Request.GoodRev}",
        BisectStatus.Interrupted => "Interrupted before the end: what was measured so far is below",
        BisectStatus.Compared when result.Notes.OfType<PairCompared>().FirstOrDefault() is { OverLayouts: { } layouts } compared =>
            ComparedText.Headline(result.Request.BadRev, result.Request.GoodRev, compared, layouts),
        BisectStatus.Compared => result.Change is { } change
            ? $"Compared: {result.Request.BadRev} vs {result.Request.GoodRev}: {Format.Percent(change.ShiftPercent)} (95 % {Format.Percent(change.ShiftLowPercent)} to {Format.Percent(change.ShiftHighPercent)})"
            : $"Compared: {result.Request.BadRev} vs {result.Request.GoodRev}",
        BisectStatus.Profiled => $"Profiled: {result.Request.BadRev} against {result.Request.GoodRev}",
        _ => throw new ArgumentOutOfRangeException(nameof(result), result.Status, null),
    };

    /// <summary>
    /// What a run knows when the default builds hid a change over layouts: its size there, why the default builds showed
    /// none, and what names the commit (the work search's, when it named one).
    /// </summary>
    private static string HiddenByPlacement(BisectResult result, ChangeHiddenByPlacement hidden) =>
        $"Inconclusive: over {hidden.Layouts} code layouts {hidden.BadRev} is {Slower(result)} than {hidden.GoodRev} by {Format.Percent(hidden.ShiftPercent)} " +
        $"(95 % {Format.Percent(hidden.LowPercent)} to {Format.Percent(hidden.HighPercent)}), but the default builds did not show it" +
        (result.Change is { } change ? $" ({Format.Percent(change.ShiftPercent)})" : string.Empty) +
        (hidden.Placed ? " because of where the code landed" : " surely enough on their own") + ", so time searched nothing: " +
        (result.Work?.Culprit is { } work
            ? $"the work search names {work.ShortSha}, where the executed instructions rose"
            : "bisect with --metric callgrind to name the commit that changed the work");

    public static string Totals(BisectResult result) =>
        (result.Status is BisectStatus.Compared or BisectStatus.Profiled
            ? string.Empty
            : $"{Count(result.Steps.Count(s => s.Role == StepRole.Search), "search step")}" +
              (result.Search is { Workers: > 1 } search ? $" in {Count(search.Rounds, "round")} of {search.Workers}" : string.Empty) +
              $" over a range of {Commits(result.RangeLength)}, ") +
        $"{Count(result.Builds, "build")}, " +
        $"{Count(result.SamplesTaken, "sample")} taken in this run" + (result.SamplesReused > 0 ? $" ({result.SamplesReused} more reused from earlier runs)" : "") +
        $", {Format.Seconds(result.Elapsed.TotalSeconds)}";

    public static string Commits(int count) => Count(count, "commit");

    /// <summary>"1 commit", "2 commits".</summary>
    public static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    private static string Slower(BisectResult result) => result.Direction == Core.Statistics.Direction.Faster ? "faster" : "slower";

    /// <summary>What the endpoints' noise allowed this run to see.</summary>
    public static string Sensitivity(EndpointNoise noise) =>
        (noise.DetectableShiftPercent is { } detectable
            ? $"The smallest slowdown these endpoint samples could have confirmed is {Format.Percent(detectable)}"
            : "These endpoint samples are too few to confirm any slowdown at this alpha") +
        $" (spread of the raw samples: good {Format.Share(EndpointNoise.SpreadPercent(noise.Good))}, bad {Format.Share(EndpointNoise.SpreadPercent(noise.Bad))} of the median).";

    /// <summary>What else the machine was doing while a commit was measured: "others 12% of a CPU (max 80%), CPU 1; ran beside own work (0.9 CPUs)".</summary>
    public static string Load(LoadSummary? load) => load is null
        ? string.Empty
        : (load.OtherBusyMedianPercent is { } median ? $"others {median:0}% of a CPU (max {load.OtherBusyMaxPercent:0}%)" : "not recorded") +
          (load.Cpus.Count > 0 ? $", CPU {string.Join(",", load.Cpus)}" : ", unpinned") +
          (load.Hosts.Count > 0 ? $" on {string.Join(", ", load.Hosts)}" : string.Empty) +
          (load.RanBesideOwnWork ? $"; ran beside own work ({load.OwnCpusMax:0.0} CPUs)" : string.Empty);

    /// <summary>Where a commit was built: "checkout minivm-2", "checkout minivm on node1", "artifact cache".</summary>
    public static string BuiltWhere(StepRecord step) => step.Build switch
    {
        null => string.Empty,
        { Kind: Core.Abstractions.BuildKind.Cached } => "artifact cache",
        { WorktreeDirectory.Length: 0 } => string.Empty,
        var build => $"checkout {Path.GetFileName(build.WorktreeDirectory.TrimEnd('/'))}" + (build.Host is { } host ? $" on {host}" : string.Empty),
    };

    /// <summary>How the search ran: "bisection, 5 rounds; 4 builds ahead, 3 used" or "multisection with 2 workers per round (slurm), 3 rounds".</summary>
    public static string? SearchShape(BisectResult result) => result.Search is not { } search
        ? null
        : (search.Workers == 1 ? "bisection" : $"multisection, {search.Workers} commits per round") +
          (search.Executor == ExecutorKind.Local ? string.Empty : $" on {ExecutorKinds.Name(search.Executor)}") +
          $", {Count(search.Rounds, "round")}" +
          (search.BuiltAhead > 0 ? $"; {Count(search.BuiltAhead, "build")} ahead, {search.BuiltAheadUsed} used" : string.Empty);

    /// <summary>Both figures at the endpoints: "time +0.2 % (no slowdown), instructions +8.8 % (callgrind): instructions-only".</summary>
    public static string? TimeAndInstructions(BisectResult result) => result.TimeVsInstructions is { } both
        ? $"at the endpoints, time {Format.Percent(both.TimeShiftPercent)}" +
          (both.DetectableTimePercent is { } d ? $" (could detect {Format.Percent(d)})" : string.Empty) +
          $", instructions {Format.Percent(both.InstructionShiftPercent)} ({both.Instructions.Metric}): {(both.Finding == TimeInstructionFinding.Opposite ? "opposite" : ReportNames.TimeVsInstructions(both))}"
        : null;

    /// <summary>What to read first when time and instructions disagree at the endpoints; null when they agree or were not both measured.</summary>
    public static string? Disagreement(BisectResult result) =>
        result.TimeVsInstructions is { Finding: not TimeInstructionFinding.Agree } both ? InstructionText.Explain(both, result.Request.GoodRev, result.Request.BadRev) : null;

    /// <summary>The machine over the whole run, from every step's load: "others used 12% of a CPU at the median step (at most 81%), load average up to 1.4".</summary>
    public static string? OverallLoad(BisectResult result)
    {
        var loads = result.Steps.Select(s => s.Load).OfType<LoadSummary>().ToArray();
        var medians = loads.Where(l => l.OtherBusyMedianPercent is not null).Select(l => l.OtherBusyMedianPercent!.Value).Order().ToArray();
        if (medians.Length == 0)
        {
            return null;
        }

        var most = loads.Max(l => l.OtherBusyMaxPercent ?? 0);
        var average = loads.Max(l => l.LoadAverageMax ?? 0);
        return $"others used {Core.Statistics.Summary.MedianOfSorted(medians):0}% of a CPU at the median step (at most {most:0}% during one sample), load average up to {average:0.0}";
    }
}
