using Bisector.Core.Abstractions;
using Bisector.Core.Domain;
using Bisector.Core.Findings;
using Bisector.Core.Reverting;
using Bisector.Core.Session;
using Bisector.Core.Statistics;
using Bisector.Core.Statistics.Layouts;
using Bisector.Simulation;

namespace Bisector.Core.Tests.Session;

/// <summary><c>run --layouts K</c> on a synthetic history whose step at c27 is either where the code landed or what it does.</summary>
public sealed class LayoutRunTests
{
    private static readonly double[] s_before = [100, 103, 98, 101, 100, 103, 98, 101];

    /// <summary>Identical code landing differently from c27 on: its default build is 9 % slower, its other layouts as fast as before on average.</summary>
    private static readonly double[] s_placed = [109, 97, 97.5, 98, 109, 97, 97.5, 98];

    /// <summary>Builds whose artifact folder is the SHA (the default build, layout 0) or "SHA@LAYOUT".</summary>
    private sealed class LayoutBuilder : IBuilder, ILayoutBuilder
    {
        public Task<BuildOutcome> BuildAsync(CommitInfo commit, CancellationToken cancellationToken) => BuildLayoutAsync(commit, 0, cancellationToken);

        public Task<BuildOutcome> BuildLayoutAsync(CommitInfo commit, int layout, CancellationToken cancellationToken) =>
            Task.FromResult(new BuildOutcome(true, BuildKind.Incremental, layout == 0 ? commit.Sha : $"{commit.Sha}@{layout}", "worktree", 1, "log", null));
    }

    /// <summary>c27 undone on top of c39: the code of c26 again, landing as c26's did.</summary>
    private sealed class StepReverter : IReverter
    {
        public static readonly string Sha = new('e', 40);

        public RevertAttempt Revert(string tipSha, string culpritSha) =>
            new(new CommitInfo(Sha, "Revert c27", "Test Author <author@example.org>", DateTimeOffset.UnixEpoch, [tipSha]), []);
    }

    private static Func<string, Random, double> Times(Func<int, double> stepped) => (artifacts, random) =>
    {
        var at = artifacts.IndexOf('@', StringComparison.Ordinal);
        var layout = at < 0 ? 0 : int.Parse(artifacts[(at + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        var sha = at < 0 ? artifacts : artifacts[..at];
        var stepDone = sha != StepReverter.Sha && SyntheticGraph.Index(sha) >= 27;
        return (stepDone ? stepped(layout) : s_before[layout]) * (1 + ((random.NextDouble() - 0.5) * 0.01));
    };

    private static Task<BisectResult> RunAsync(Func<int, double> stepped, int? layouts = 8, Func<string, Random, double>? instructions = null, IReverter? reverter = null) =>
        new BisectSession(
                new SyntheticGraph(40), new LayoutBuilder(), new SyntheticRunner(Times(stepped), seed: 5), new InMemoryJournal(),
                new VerdictEngine(StatisticsOptions.Default), SilentObserver.Instance,
                instructions is null ? null : InstructionProbe.Using(new SyntheticRunner(instructions, seed: 7), "callgrind", samples: 2))
        { Reverter = reverter }
            .RunAsync(new BisectRequest("c0", "c39", "synthetic", "wall-time", "ms") { Layouts = layouts }, CancellationToken.None);

    /// <summary>The same instructions at every commit, whatever the layout.</summary>
    private static double SameWork(string artifacts, Random random) => 1_000_000;

    /// <summary>10 % more instructions from c27 on.</summary>
    private static double MoreWorkFrom27(string artifacts, Random random) =>
        SyntheticGraph.Index(artifacts.Split('@')[0]) >= 27 ? 1_100_000 : 1_000_000;

    [Fact]
    public async Task A_step_that_vanishes_over_layouts_is_placement_and_its_commit_is_not_named()
    {
        var result = await RunAsync(layout => s_placed[layout]);

        Assert.Equal(BisectStatus.Inconclusive, result.Status);
        Assert.Null(result.Culprit);
        Assert.True(result.Verification!.Confirmed, "the default builds alone confirm the step");
        Assert.Equal(SyntheticGraph.Sha(27), result.Verification.CommitSha);
        Assert.Equal([LayoutFinding.Placement, LayoutFinding.Placement], result.Layouts.Select(l => l.Verdict.Finding));
        Assert.Equal(SyntheticGraph.Sha(27), Assert.Single(result.Notes.OfType<CulpritIsPlacement>()).Commit.Sha);
    }

    [Fact]
    public async Task A_step_that_holds_over_layouts_is_code_and_its_commit_is_named_with_the_evidence()
    {
        var result = await RunAsync(layout => s_before[layout] * 1.10);

        Assert.Equal(BisectStatus.CulpritFound, result.Status);
        Assert.Equal(SyntheticGraph.Sha(27), result.Culprit!.Sha);
        Assert.Equal([(SyntheticGraph.Sha(0), SyntheticGraph.Sha(39)), (SyntheticGraph.Sha(26), SyntheticGraph.Sha(27))], result.Layouts.Select(l => (l.Baseline.Sha, l.Candidate.Sha)));
        Assert.All(result.Layouts, l => Assert.Equal(LayoutFinding.Code, l.Verdict.Finding));
        Assert.All(result.Layouts, l => Assert.InRange(l.Verdict.ShiftPercent, 8, 12));
        Assert.Empty(result.Notes.OfType<CulpritIsPlacement>());
    }

    /// <summary>From c27 on, +12 % in the default build and +1 % to +10 % in the padded layouts: over them about +5.5 %, sure of more than zero, not of 5 %.</summary>
    private static readonly double[] s_partly = [12, 1, 10, 1, 10, 1, 10, 3];

    [Fact]
    public async Task A_culprit_with_the_same_instructions_whose_shift_over_layouts_is_not_surely_the_threshold_is_not_named()
    {
        var counted = await RunAsync(layout => s_before[layout] * (1 + (s_partly[layout] / 100)), instructions: SameWork);
        var uncounted = await RunAsync(layout => s_before[layout] * (1 + (s_partly[layout] / 100)));

        var culprit = counted.Layouts.Single(l => l.Candidate.Sha == SyntheticGraph.Sha(27)).Verdict;
        Assert.True(culprit.LowPercent is > 0 and < 5, $"{culprit.LowPercent:0.0} to {culprit.HighPercent:0.0}");
        Assert.Equal(0, culprit.WorkDirection);
        Assert.Equal(LayoutFinding.Placement, culprit.Finding);
        Assert.Null(counted.Culprit);
        Assert.Equal(SyntheticGraph.Sha(27), Assert.Single(counted.Notes.OfType<CulpritIsPlacement>()).Commit.Sha);
        // Without a count the shift that excludes zero and reaches the threshold is the code's, and the culprit is named.
        Assert.Equal(SyntheticGraph.Sha(27), uncounted.Culprit!.Sha);
    }

    [Fact]
    public async Task A_comparison_over_layouts_measured_before_its_instructions_were_counted_is_read_again_with_the_count()
    {
        // The map measures a step over layouts before the run names it and counts it (an inconclusive search's map); the
        // culprit's own check then finds that comparison and reads its rounds again with the count, taking no sample.
        var runner = new SyntheticRunner(Times(layout => s_before[layout] * (1 + (s_partly[layout] / 100))), seed: 5);
        var graph = new SyntheticGraph(40);
        var crew = new SessionCrew(graph, new LayoutBuilder(), runner, new InMemoryJournal(), new VerdictEngine(StatisticsOptions.Default), SilentObserver.Instance, null, buildAhead: false, workers: 1, executor: ExecutorKind.Local);
        var (parent, culprit) = (ResolvedRevision.Of(graph.Lookup(SyntheticGraph.Sha(26))), ResolvedRevision.Of(graph.Lookup(SyntheticGraph.Sha(27))));
        var state = new RunState(new BisectRequest("c0", "c39", "synthetic", "wall-time", "ms"), graph.Resolve("c0"), graph.Resolve("c39"));

        var before = await crew.Layouts.EvidenceAsync(state, parent, culprit, 8, 24, automatic: false, CancellationToken.None);
        var samples = runner.SamplesTaken.Values.Sum();
        var change = new ChangeSummary(100, 112, 12, 11, 13, 0.001);
        (state.Culprit, state.Verification) = (culprit.Commit, new Verification(culprit.Commit.Sha, parent.Commit.Sha, [100], [112], EndpointOutcome.Regression, change));
        state.Instructions = new InstructionEvidence("callgrind", [1_000_000], [1_000_000], 0, 12);
        var after = await crew.Layouts.EvidenceAsync(state, parent, culprit, 8, 24, automatic: false, CancellationToken.None);

        Assert.Null(before!.Verdict.WorkDirection);
        Assert.Contains(before.Verdict.Finding, new[] { LayoutFinding.Code, LayoutFinding.Both });
        Assert.Equal((0, LayoutFinding.Placement), (after!.Verdict.WorkDirection, after.Verdict.Finding));
        Assert.Equal(before.Verdict.ShiftPercent, after.Verdict.ShiftPercent);
        Assert.Same(after, Assert.Single(state.Layouts));
        Assert.Equal(samples, runner.SamplesTaken.Values.Sum());
    }

    [Fact]
    public async Task Unasked_a_time_step_the_instructions_do_not_show_is_measured_over_8_layouts_and_found_to_be_placement()
    {
        var result = await RunAsync(layout => s_placed[layout], layouts: null, instructions: SameWork);

        Assert.Equal(TimeInstructionFinding.TimeOnly, result.TimeVsInstructions!.Finding);
        Assert.Equal(BisectStatus.Inconclusive, result.Status);
        Assert.Equal([LayoutCheck.WhenTimeAndInstructionsDisagree, LayoutCheck.WhenTimeAndInstructionsDisagree], result.Layouts.Select(l => l.Verdict.Layouts));
        Assert.Equal(SyntheticGraph.Sha(27), Assert.Single(result.Notes.OfType<CulpritIsPlacement>()).Commit.Sha);
    }

    [Fact]
    public async Task Unasked_layouts_stay_off_where_time_and_instructions_agree_and_when_turned_off_with_1()
    {
        var agreeing = await RunAsync(layout => s_before[layout] * 1.10, layouts: null, instructions: MoreWorkFrom27);
        var off = await RunAsync(layout => s_placed[layout], layouts: 1, instructions: SameWork);

        Assert.Equal(TimeInstructionFinding.Agree, agreeing.TimeVsInstructions!.Finding);
        Assert.Empty(agreeing.Layouts);
        Assert.Equal(SyntheticGraph.Sha(27), agreeing.Culprit!.Sha);
        Assert.Empty(off.Layouts);
        Assert.Equal(SyntheticGraph.Sha(27), off.Culprit!.Sha);
    }

    [Fact]
    public async Task The_revert_check_of_a_code_step_is_measured_over_the_layouts_too_and_recovers_it_all()
    {
        var result = await RunAsync(layout => s_before[layout] * 1.10, reverter: new StepReverter());

        var revert = result.RevertCheck!;
        Assert.Equal(StepReverter.Sha, revert.RevertSha);
        Assert.Equal(8, revert.OverLayouts!.Verdict.Layouts);
        Assert.Equal((SyntheticGraph.Sha(39), StepReverter.Sha), (result.Layouts[^1].Baseline.Sha, result.Layouts[^1].Candidate.Sha));
        Assert.Equal(3, result.Layouts.Count);
        Assert.InRange(revert.Recovery!.Value.Shift, -11, -7);
        Assert.InRange(revert.RecoveredSharePercent!.Value, 85, 115);
    }

    /// <summary>10 % more instructions from c27 on, and c26's again once c27 is undone.</summary>
    private static double WorkUndoneByTheRevert(string artifacts, Random random)
    {
        var sha = artifacts.Split('@')[0];
        return sha != StepReverter.Sha && SyntheticGraph.Index(sha) >= 27 ? 1_100_000 : 1_000_000;
    }

    private static Task<BisectResult> RevertCheckedAsync(Func<string, Random, double> times) =>
        new BisectSession(
                new SyntheticGraph(40), new LayoutBuilder(), new SyntheticRunner(times, seed: 5), new InMemoryJournal(),
                new VerdictEngine(StatisticsOptions.Default), SilentObserver.Instance,
                InstructionProbe.Using(new SyntheticRunner(WorkUndoneByTheRevert, seed: 7), "callgrind", samples: 2))
        { Reverter = new StepReverter() }
            .RunAsync(new BisectRequest("c0", "c39", "synthetic", "wall-time", "ms"), CancellationToken.None);

    [Fact]
    public async Task A_revert_whose_default_build_hides_what_it_recovers_is_measured_over_the_layouts_since_its_instructions_disagree()
    {
        // c27 costs 10 % in every layout and 10 % more instructions; undone at c39, the work is back to c26's, but the
        // revert's default build lands where it runs as slowly as c39 (its other layouts run as c26's did).
        var times = Times(layout => s_before[layout] * 1.10);
        var result = await RevertCheckedAsync((artifacts, random) =>
            artifacts == StepReverter.Sha ? s_before[0] * 1.10 * (1 + ((random.NextDouble() - 0.5) * 0.01)) : times(artifacts, random));

        var revert = result.RevertCheck!;
        Assert.Equal(SyntheticGraph.Sha(27), result.Culprit!.Sha);
        Assert.InRange(revert.Change!.ShiftPercent, -2, 2);
        Assert.InRange(revert.InstructionShiftPercent!.Value, -10, -8);
        Assert.Equal(8, revert.OverLayouts!.Verdict.Layouts);
        Assert.InRange(revert.Recovery!.Value.Shift, -11, -5);
        // The endpoints' change it is a share of, measured over the same layouts: the run's own verdicts were not.
        Assert.Equal([(SyntheticGraph.Sha(0), SyntheticGraph.Sha(39)), (SyntheticGraph.Sha(39), StepReverter.Sha)], result.Layouts.Select(l => (l.Baseline.Sha, l.Candidate.Sha)));
        Assert.Same(result.Layouts[0], revert.ExplainedOverLayouts);
    }

    [Fact]
    public async Task A_revert_measured_over_layouts_is_a_share_of_the_endpoints_change_over_the_same_layouts()
    {
        // c27 costs 10 % in every padded layout, 20 % in its default build (where it lands slower still); the revert's
        // default build runs as slowly as c39's, so it is measured over the layouts. Against the default builds' +20 %
        // its -9 % would read as half of the change; against the endpoints' +10 % over the same layouts, all of it.
        var times = Times(layout => s_before[layout] * (layout == 0 ? 1.20 : 1.10));
        var result = await RevertCheckedAsync((artifacts, random) =>
            artifacts == StepReverter.Sha ? s_before[0] * 1.20 * (1 + ((random.NextDouble() - 0.5) * 0.01)) : times(artifacts, random));

        var revert = result.RevertCheck!;
        Assert.Equal(SyntheticGraph.Sha(27), result.Culprit!.Sha);
        Assert.InRange(result.Change!.ShiftPercent, 18, 22);
        Assert.Equal(8, revert.OverLayouts!.Verdict.Layouts);
        Assert.InRange(revert.Recovery!.Value.Shift, -11, -7);
        Assert.InRange(revert.ExplainedOverLayouts!.Verdict.ShiftPercent, 8, 12);
        Assert.Equal(revert.ExplainedOverLayouts.Verdict.ShiftPercent, revert.ExplainedShiftPercent);
        Assert.InRange(revert.RecoveredSharePercent!.Value, 85, 115);
    }

    [Fact]
    public async Task A_revert_whose_time_and_instructions_agree_stays_on_the_default_builds()
    {
        var result = await RevertCheckedAsync(Times(layout => s_before[layout] * 1.10));

        var revert = result.RevertCheck!;
        Assert.Null(revert.OverLayouts);
        Assert.Empty(result.Layouts);
        Assert.InRange(revert.InstructionShiftPercent!.Value, -10, -8);
        Assert.InRange(revert.Recovery!.Value.Shift, -11, -7);
    }

    [Fact]
    public async Task Without_layouts_the_revert_check_is_the_default_builds_alone()
    {
        var result = await RunAsync(layout => s_before[layout] * 1.10, layouts: 1, reverter: new StepReverter());

        Assert.Null(result.RevertCheck!.OverLayouts);
        Assert.Empty(result.Layouts);
        Assert.Equal(result.RevertCheck.Change!.ShiftPercent, result.RevertCheck.Recovery!.Value.Shift);
    }

    [Fact]
    public async Task A_change_the_default_builds_hide_is_found_over_the_layouts_unasked_said_and_ends_inconclusive()
    {
        // The default build of c27 on lands where it runs as fast as before; every other layout shows the code's +12 %.
        var result = await RunAsync(layout => layout == 0 ? s_before[0] : s_before[layout] * 1.12, layouts: null, instructions: MoreWorkFrom27);

        // "No regression" would say the data shows bad is not slower, which the layouts contradict.
        Assert.Equal(BisectStatus.Inconclusive, result.Status);
        Assert.Equal(TimeInstructionFinding.InstructionsOnly, result.TimeVsInstructions!.Finding);
        var hidden = Assert.Single(result.Notes.OfType<ChangeHiddenByPlacement>());
        Assert.Equal((8, "c0", "c39"), (hidden.Layouts, hidden.GoodRev, hidden.BadRev));
        Assert.InRange(hidden.ShiftPercent, 5, 13);
        Assert.InRange(hidden.DefaultShiftPercent, -3, 3);
        Assert.Equal(result.Change!.ShiftPercent, hidden.DefaultShiftPercent);
        Assert.Equal(SyntheticGraph.Sha(27), result.Work!.Culprit!.Sha);
        Assert.True(Assert.IsType<WorkAfterNoCulprit>(result.Work.Reason).HiddenByPlacement);
    }

    [Fact]
    public async Task Compare_over_layouts_of_a_placement_step_says_the_default_builds_slower_but_leads_with_the_layouts_verdict()
    {
        var result = await CompareAsync(layout => s_placed[layout]);

        var compared = Assert.IsType<PairCompared>(result.Notes[0]);
        Assert.Equal(EndpointOutcome.Regression, compared.Outcome);
        Assert.Equal(LayoutFinding.Placement, compared.OverLayouts!.Finding);
        Assert.Equal(result.Layouts[0].Verdict, compared.OverLayouts);
        Assert.NotEqual(EndpointOutcome.Regression, compared.LayoutsOutcome);
        Assert.False(compared.HiddenByPlacement);
    }

    [Fact]
    public async Task Compare_over_layouts_of_a_step_the_default_builds_hide_says_it_was_hidden()
    {
        var result = await CompareAsync(layout => layout == 0 ? s_before[0] : s_before[layout] * 1.12);

        var compared = Assert.Single(result.Notes.OfType<PairCompared>());
        Assert.NotEqual(EndpointOutcome.Regression, compared.Outcome);
        Assert.Equal(EndpointOutcome.Regression, compared.LayoutsOutcome);
        Assert.True(compared.HiddenByPlacement);
        Assert.Equal(BisectStatus.Compared, result.Status);
    }

    [Fact]
    public async Task Compare_on_the_default_builds_alone_has_no_layouts_verdict()
    {
        var result = await CompareAsync(layout => s_placed[layout], layouts: 1);

        var compared = Assert.Single(result.Notes.OfType<PairCompared>());
        Assert.Null(compared.OverLayouts);
        Assert.Null(compared.LayoutsOutcome);
        Assert.Empty(result.Layouts);
    }

    private static Task<BisectResult> CompareAsync(Func<int, double> stepped, int layouts = 8) =>
        new BisectSession(
                new SyntheticGraph(40), new LayoutBuilder(), new SyntheticRunner(Times(stepped), seed: 5), new InMemoryJournal(),
                new VerdictEngine(StatisticsOptions.Default), SilentObserver.Instance)
            .CompareAsync(new BisectRequest("c26", "c27", "synthetic", "wall-time", "ms") { Layouts = layouts }, CancellationToken.None);

    [Fact]
    public async Task A_flat_pair_over_layouts_is_not_a_hidden_change()
    {
        var result = await RunAsync(layout => s_before[layout], layouts: 8);

        Assert.Equal(BisectStatus.NoRegression, result.Status);
        Assert.Empty(result.Notes.OfType<ChangeHiddenByPlacement>());
    }

    /// <summary>Times per layout that move where the code lands from c10 on (each commit from c10 runs the table one layout on), with no change in what it does.</summary>
    private static readonly double[] s_rotating = [100, 85, 98, 101, 100, 85, 98, 101];

    private static Task<BisectResult> RunHistoryAsync(Func<int, int, double> time, int? layouts) =>
        new BisectSession(
                new SyntheticGraph(40), new LayoutBuilder(), new SyntheticRunner(Times(time), seed: 5), new InMemoryJournal(),
                new VerdictEngine(StatisticsOptions.Default), SilentObserver.Instance,
                InstructionProbe.Using(new SyntheticRunner(MoreWorkFrom27, seed: 7), "callgrind", samples: 2))
            .RunAsync(new BisectRequest("c0", "c39", "synthetic", "wall-time", "ms") { Layouts = layouts }, CancellationToken.None);

    private static Func<string, Random, double> Times(Func<int, int, double> time) => (artifacts, random) =>
    {
        var at = artifacts.IndexOf('@', StringComparison.Ordinal);
        var layout = at < 0 ? 0 : int.Parse(artifacts[(at + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        return time(SyntheticGraph.Index(at < 0 ? artifacts : artifacts[..at]), layout) * (1 + ((random.NextDouble() - 0.5) * 0.01));
    };

    /// <summary>c10 moves where the code lands (-15 % in the default builds, nothing over layouts); c27 costs +40 % in every layout.</summary>
    private static double PlacedThenSlower(int commit, int layout) =>
        (commit >= 10 ? s_rotating[(layout + 1) % 8] : s_rotating[layout]) * (commit >= 27 ? 1.4 : 1);

    [Fact]
    public async Task A_culprit_whose_default_builds_leave_a_residue_that_vanishes_over_layouts_is_the_whole_change_and_nothing_more_is_mapped()
    {
        // Default builds: endpoints +19 %, c27 against c26 +40 %: a residue of -15 %, all of it c10's placement.
        var result = await RunHistoryAsync(PlacedThenSlower, layouts: null);

        Assert.Equal(TimeInstructionFinding.Agree, result.TimeVsInstructions!.Finding);
        Assert.Equal(BisectStatus.CulpritFound, result.Status);
        Assert.Equal(SyntheticGraph.Sha(27), result.Culprit!.Sha);
        Assert.Null(result.Map);
        var residue = Assert.Single(result.Notes.OfType<ResidueIsPlacement>());
        Assert.Equal(LayoutCheck.WhenTimeAndInstructionsDisagree, residue.Layouts);
        Assert.InRange(residue.DefaultEndpointsPercent, 15, 23);
        Assert.InRange(residue.DefaultCulpritPercent, 36, 44);
        Assert.InRange(residue.EndpointsPercent, 30, 50);
        Assert.InRange(residue.CulpritPercent, 36, 44);
        // Measured once each: the culprit's layout check reuses the residue's comparisons.
        Assert.Equal([(SyntheticGraph.Sha(0), SyntheticGraph.Sha(39)), (SyntheticGraph.Sha(26), SyntheticGraph.Sha(27))], result.Layouts.Select(l => (l.Baseline.Sha, l.Candidate.Sha)));
    }

    [Fact]
    public async Task With_layouts_turned_off_the_same_residue_is_mapped_on_the_default_builds()
    {
        var result = await RunHistoryAsync(PlacedThenSlower, layouts: 1);

        Assert.Empty(result.Layouts);
        Assert.Empty(result.Notes.OfType<ResidueIsPlacement>());
        Assert.Equal(SyntheticGraph.Sha(27), result.Culprit!.Sha);
        Assert.Contains(result.Map!.Steps, s => s.Commit.Sha == SyntheticGraph.Sha(10));
    }

    [Fact]
    public async Task A_residue_that_holds_over_layouts_is_mapped_and_its_step_named()
    {
        // c10 makes the code 15 % faster in every layout: a real step the culprit does not explain.
        var result = await RunHistoryAsync((commit, layout) => s_before[layout] * (commit >= 10 ? 0.85 : 1) * (commit >= 27 ? 1.4 : 1), layouts: null);

        Assert.Empty(result.Notes.OfType<ResidueIsPlacement>());
        Assert.Equal(SyntheticGraph.Sha(27), result.Culprit!.Sha);
        Assert.Equal([SyntheticGraph.Sha(10), SyntheticGraph.Sha(27)], result.Map!.Steps.Select(s => s.Commit.Sha));
        Assert.All(result.Layouts, l => Assert.Equal(LayoutFinding.Code, l.Verdict.Finding));
    }

    /// <summary>Times per layout that alternate: a commit that moves the code by one layout's pad turns 100 into 92 in the default build.</summary>
    private static readonly double[] s_alternating = [100, 92, 100, 92, 100, 92, 100, 92];

    [Fact]
    public async Task A_step_the_time_map_finds_beside_the_culprit_that_vanishes_over_layouts_is_taken_out_of_the_map()
    {
        // c5 costs +25 % and c27 +40 % in every layout; c15 only moves the code (-8 % in the default builds).
        var result = await RunHistoryAsync(
            (commit, layout) => s_alternating[(layout + (commit >= 15 ? 1 : 0)) % 8] * (commit >= 5 ? 1.25 : 1) * (commit >= 27 ? 1.4 : 1), layouts: null);

        Assert.Equal(SyntheticGraph.Sha(27), result.Culprit!.Sha);
        Assert.Empty(result.Notes.OfType<ResidueIsPlacement>());
        Assert.Equal([SyntheticGraph.Sha(5), SyntheticGraph.Sha(27)], result.Map!.Steps.Select(s => s.Commit.Sha));
        Assert.Equal(SyntheticGraph.Sha(15), Assert.Single(result.Notes.OfType<CulpritIsPlacement>()).Commit.Sha);
        Assert.Contains(result.Layouts, l => l.Candidate.Sha == SyntheticGraph.Sha(5) && l.Verdict.Finding == LayoutFinding.Code);
    }
}
