using Bisector.Core.Domain;
using Bisector.Core.Findings;
using Bisector.Core.Session;
using Bisector.Core.Statistics;
using Bisector.Reporting.Text;
using Xunit;

namespace Bisector.Reporting.Tests.Text;

public sealed class FindingTextTests
{
    private static readonly CommitInfo s_good = SampleResults.Good;
    private static readonly CommitInfo s_culprit = SampleResults.Culprit;
    private static readonly ChangeSummary s_rise = new(5.61, 8.49, 51.2, 50.1, 52.3, 0.0002);
    private static readonly ChangeSummary s_flat = new(5.61, 5.62, 0.1, -0.3, 0.5, 0.41);
    private static readonly InstructionEvidence s_more = new("callgrind", [100, 100], [120, 120], 20.82, 51.0);
    private static readonly WorkStep s_counted = new(s_culprit, Verdict.Bad, [62_716_090, 62_716_092], null);

    public static TheoryData<Finding, string> Findings() => new()
    {
        { new SearchFromMergeBase("v1.0", "main", s_good), "v1.0 is not an ancestor of main: searching from their merge base 1111111111." },
        { new NothingToBisect("v1.0", "main", Direction.Slower, 5, s_flat, 10), "main is not slower than v1.0 by more than 5% (+0.1%, 95% interval -0.3% to +0.5%, 10 paired rounds): nothing to bisect." },
        {
            new EndpointsSwapped("v1.0", "main", Direction.Slower, s_rise),
            "main is clearly faster than v1.0 (+51.2%, 95% interval +50.1% to +52.3%): were --good and --bad swapped? To find the commit that made it faster, run again with --direction faster."
        },
        {
            new EndpointsUnsure("v1.0", "main", Direction.Faster, 5, s_flat, 40, 0.001, null),
            "Cannot tell whether main is faster than v1.0 by more than 5%: after 40 paired rounds the shift is +0.1%, 95% interval -0.3% to +0.5%, and these samples are too few to confirm any change. " +
            "The noise hides changes of the threshold's size: quiet the machine, pin the benchmark to one CPU (--cpu), allow more samples (--max-samples), or count instructions instead of time (--metric callgrind)."
        },
        {
            new RoundKeptFirstBad(2, [s_culprit]),
            "Round 2 judged aaaaaaaaaa good although an older commit of the same round was bad: the first bad commit was kept, as git bisect does, and the re-check of the culprit against its parent decides."
        },
        { new CulpritAmongCandidates(3), "The culprit is one of 3 commits: the ones before the first bad commit could not be built or measured conclusively." },
        { new RecheckNotBuilt(s_good), "Could not build 1111111111 again for the final check." },
        {
            new CulpritIsPlacement(s_culprit, 8),
            "aaaaaaaaaa is not named: its time change against its parent vanishes over 8 code layouts. It moved where the code landed, not what it does."
        },
        {
            new ChangeHiddenByPlacement("v1.0", "main", 8, 9.6, 7.9, 11.2, 0.4),
            "Over 8 code layouts, main differs from v1.0 by +9.6% (95% interval +7.9% to +11.2%), where the default builds alone showed +0.4%: where the code landed hid a change in what it does. " +
            "The search steps use the default builds, so none was searched; the work search, or a run with --metric callgrind, names where the work changed."
        },
        {
            // CPython's merged check: the default builds saw +11.1 %, inside the layouts' interval, and could not confirm it.
            new ChangeHiddenByPlacement("v3.11", "main", 8, 14.3, 9.8, 18.1, 11.1),
            "Over 8 code layouts, main differs from v3.11 by +14.3% (95% interval +9.8% to +18.1%), where the default builds alone showed +11.1%: the same change, which their rounds alone could not confirm. " +
            "The search steps use the default builds, so none was searched; the work search, or a run with --metric callgrind, names where the work changed."
        },
        {
            new ResidueIsPlacement(s_culprit, 8, 87.94, 54.3, 84.1, 68.5),
            "aaaaaaaaaa's +87.9% against its parent did not account for the endpoints' +54.3% in the default builds; over 8 code layouts it is +84.1% and the endpoints +68.5%: " +
            "the difference was where the code landed, not another step, so the range was not mapped further."
        },
        { new LayoutsUnavailable(ExecutorKind.Slurm), "No comparison over layouts: the slurm builder cannot relink a build in another layout." },
        { new LayoutsFailed(3, s_good.Sha, false, "ld exited with code 1"), "No comparison over layouts: layout 3 of 1111111111 did not link (ld exited with code 1)." },
        { new LayoutsFailed(3, s_good.Sha, true, "exit 139"), "No comparison over layouts: the benchmark of layout 3 of 1111111111 failed (exit 139)." },
        {
            new RecheckConfirmed(s_culprit, s_good, new ChangeSummary(6.57, 12.48, 89.94, 84.02, 95.51, 0.001), 10),
            "aaaaaaaaaa holds against its parent 1111111111: +89.9%, 95% interval +84.0% to +95.5%, 10 paired rounds."
        },
        {
            new RecheckNotConfirmed(s_culprit, s_good, EndpointOutcome.Unsure, Direction.Slower, 5, s_flat, 8, 0.001, 12.34),
            "The search ended on aaaaaaaaaa, but measured again against its parent 1111111111 the noise hides whether it is slower by more than 5% (+0.1%, 95% interval -0.3% to +0.5%, 8 paired rounds; " +
            "at alpha 0.001, the verdicts' confidence, these samples could only have confirmed 12.3% or more), so it is not named. " +
            "Quiet the machine, pin the benchmark to one CPU (--cpu), or count instructions instead of time (--metric callgrind), which do not drift."
        },
        {
            new RecheckNotConfirmed(s_culprit, s_good, EndpointOutcome.NoRegression, Direction.Slower, 5, s_flat, 40, 0.001, 3.1),
            "The search ended on aaaaaaaaaa, but measured again against its parent 1111111111 it is not slower by more than 5% (+0.1%, 95% interval -0.3% to +0.5%, 40 paired rounds), " +
            "so it is not named: a step's verdict that led there was wrong (the machine's speed drifted during the search), or the change is spread over several commits below the threshold. " +
            "The verdicts it contradicts are measured again."
        },
        {
            new StepVerdictRepaired(s_good, Verdict.Good, Verdict.Bad, 8, s_culprit),
            "Repaired: measured again in 8 fresh rounds, 1111111111 is bad, not good as its step said (the re-check of aaaaaaaaaa contradicted that verdict), " +
            "so the search went on from there, without the steps the wrong verdict had led to."
        },
        {
            new StepVerdictsHeld(s_culprit, [(s_culprit, Verdict.Bad), (s_good, Verdict.Good)]),
            "Measured again in fresh rounds, aaaaaaaaaa is bad and 1111111111 is good: none of the verdicts it contradicts flipped, so no commit is named: the change is spread over several " +
            "commits below the threshold, or the noise swings faster than the rounds. " +
            "Quiet the machine, pin the benchmark to one CPU (--cpu), or count instructions instead of time (--metric callgrind), which do not drift."
        },
        { new MergeBranchUnbuildable(s_culprit, s_good), "aaaaaaaaaa is a merge, and 1111111111 on its branch does not build: the merge is the most precise answer." },
        {
            new MergeItselfSlower(s_culprit, 1.25),
            "aaaaaaaaaa is a merge whose branch alone is not slower than its base (+1.3%): the slowdown comes from the merge itself, where the branch met the main line."
        },
        { new FoundOnMergedBranch(s_culprit), "Found on the branch that aaaaaaaaaa (Read the eval breaker through the thread state) merged." },
        {
            new MergeBranchUnresolved(s_culprit, [s_good]),
            "aaaaaaaaaa is a merge, and no single commit of its branch could be confirmed (candidates 1111111111): the merge is the most precise answer."
        },
        {
            new Multimodal("main", 12, [5.6, 8.5], [0, 1]),
            "main's 12 samples have 2 modes (5.6 and 8.5): the samples ran on CPUs 0, 1, which may differ in speed (pin them to one with --cpu). Each verdict compared runs of one round, so the modes were never pooled into one."
        },
        { new InstructionsUnavailable("no valgrind here"), "Decided by time only; instructions were not counted: no valgrind here" },
        { new InstructionCountFailed(s_culprit, "exit 1"), "Counting instructions on aaaaaaaaaa failed (exit 1)" },
        { new VerdictOnTimeAlone(new InstructionCountFailed(s_culprit, "exit 1")), "Counting instructions on aaaaaaaaaa failed (exit 1); the verdict rests on time alone." },
        {
            new PairCompared("v1.0", "main", EndpointOutcome.Regression, Direction.Slower, 5, s_rise, 10, 6.25),
            "main is slower than v1.0 by more than 5%: +51.2% (95% interval +50.1% to +52.3%, 10 paired rounds)."
        },
        {
            new CulpritInstructionsCounted(s_more),
            "The culprit executes 20.8% more instructions (callgrind) for a +51.0% change in time: it does more work."
        },
        {
            new TimeInstructionsDisagree("v1.0", "main", new TimeVsInstructions(TimeInstructionFinding.TimeOnly, EndpointOutcome.Regression, 51.2, 6.25, s_more with { ChangePercent = 0.1 })),
            "main is slower in time (+51.2 %, could detect +6.3 %) but executes the same work (+0.1 %, callgrind): code layout (alignment of hot code) or the environment, not more work."
        },
        {
            new WorkSearched(new WorkSearch("callgrind", new WorkAfterLayoutCulprit(s_culprit, "v1.0", "main", 20.8, Direction.Slower), null, [], [], [], [], new WorkPairNotCounted(s_culprit, s_good))),
            "The work search (callgrind) named no single commit: aaaaaaaaaa is the first commit past the midpoint, but it and its parent 1111111111 could not both be counted."
        },
        { new WorkStepCounted(4, s_counted), "Work step 4: aaaaaaaaaa 62,716,091 instructions: bad" },
        { new BuildFailed("exit 2", "/work/build.log"), "build failed: exit 2 (log: /work/build.log)" },
        { new BenchmarkFailed("exit 3"), "benchmark failed: exit 3" },
        { new StillUnknown(8), "still unknown after 8 rounds: treated as skipped" },
        { new CountsVary(2.54), "its counts vary by 2.5 %, too much to place it" },
        {
            new EndpointCountsVary(3.1, 8.8),
            "the endpoints' counts vary by up to 3.1 % from run to run, too much beside their 8.8 % difference to split the range by them."
        },
        {
            new WorkRiseAmbiguous([s_good, s_culprit]),
            "the rise is in one of 2 commits (1111111111, aaaaaaaaaa); the others next to it could not be built or counted."
        },
        { new WorkPairNotCounted(s_culprit, s_good), "aaaaaaaaaa is the first commit past the midpoint, but it and its parent 1111111111 could not both be counted." },
        {
            new WorkCulpritUnsteady(s_culprit, 4.2),
            "aaaaaaaaaa is the first commit past the midpoint, but its or its parent's counts vary by 4.2 % from run to run, too much to confirm it."
        },
        {
            new WorkRiseSpread(s_culprit, -0.4, Direction.Faster),
            "the counts pass the midpoint at aaaaaaaaaa, but it executes only -0.4 % fewer than its parent: the work rose a little in many commits."
        },
        {
            new WorkAfterLayoutCulprit(s_culprit, "v1.0", "main", 20.8, Direction.Slower),
            "time's culprit aaaaaaaaaa executes the same instructions as its parent (a layout effect), while main executes 20.8 % more than v1.0"
        },
        {
            new WorkAfterNoCulprit(BisectStatus.Inconclusive, s_culprit.Sha, "v1.0", "main", 20.8, Direction.Slower),
            "time named no commit (aaaaaaaaaa did not hold against its parent), while main executes 20.8 % more instructions than v1.0"
        },
        {
            new WorkMergeKept(s_culprit, new MergeBranchUnbuildable(s_culprit, s_good)),
            "aaaaaaaaaa is a merge, and the work search could not name a commit on its branch: 1111111111 on it could not be built or counted; the merge is the most precise answer."
        },
        {
            new WorkMergeKept(s_culprit, new MergeItselfSlower(s_culprit, 0.2)),
            "aaaaaaaaaa is a merge, and the work search could not name a commit on its branch: the branch alone changes the executed instructions by +0.2 % against its merge base, " +
            "so the work rose where it met the main line; the merge is the most precise answer."
        },
        {
            new WorkMergeKept(s_culprit, new WorkRiseAmbiguous([s_good])),
            "aaaaaaaaaa is a merge, and the work search could not name a commit on its branch: the rise is in one of 1 commits (1111111111); the others next to it could not be built " +
            "or counted; the merge is the most precise answer."
        },
        {
            new MergeStepOnBranch(s_culprit, [s_good]),
            "The step at the merge aaaaaaaaaa (Read the eval breaker through the thread state) came from the branch it merged: the map names 1111111111 there."
        },
        {
            new MergeStepKept(s_culprit, 3.6, 7, null),
            "The map keeps the merge aaaaaaaaaa (Read the eval breaker through the thread state) as a step: its branch moved +3.6 % spread over 7 commits, none above the threshold."
        },
        {
            new MergeStepKept(s_culprit, 0.1, 0, null),
            "The map keeps the merge aaaaaaaaaa (Read the eval breaker through the thread state) as a step: its branch alone moved +0.1 % with no step above the threshold; " +
            "the change came where the branch met the main line."
        },
        {
            new MergeStepKept(s_culprit, 0, 0, s_good),
            "The map keeps the merge aaaaaaaaaa (Read the eval breaker through the thread state) as a step: 1111111111 on its branch could not be built or measured."
        },
        { new ProfileUnavailable(true, "valgrind is missing"), "No instruction profile: valgrind is missing" },
        { new ProfileUnavailable(false, "perf is not permitted"), "No time profile: perf is not permitted" },
        { new ResumeHint("/work", "bisector run --good v1.0 --bad main"), "What was done is saved in /work; run again to resume: bisector run --good v1.0 --bad main" },
        { new ProfilingInterrupted(), "Interrupted while profiling: the culprit is not explained; run `bisector profile` on it to finish." },
        {
            new InstructionSearchHint("bisector run --metric callgrind"),
            "To find the commit that added the instructions, run: bisector run --metric callgrind (or add --also-instructions to this command)"
        },
        {
            new InstructionBisectHint("bisector run --metric callgrind"),
            "To bisect by executed instructions, which do not drift with load, run: bisector run --metric callgrind"
        },
    };

    [Theory]
    [MemberData(nameof(Findings))]
    public void Each_finding_reads_as_its_sentence(Finding finding, string expected) =>
        Assert.Equal(expected, FindingText.Describe(finding));

    [Fact]
    public void Every_kind_of_finding_has_words()
    {
        var kinds = typeof(Finding).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Finding))).ToHashSet();
        var worded = Findings().Select(row => ((Finding)row[0]).GetType()).ToHashSet();

        Assert.Empty(kinds.Except(worded).Select(t => t.Name));
    }

    [Theory]
    [InlineData(Direction.Slower, EndpointOutcome.Regression, "main is slower than v1.0 by more than 5%")]
    [InlineData(Direction.Faster, EndpointOutcome.Regression, "main is faster than v1.0 by more than 5%")]
    [InlineData(Direction.Faster, EndpointOutcome.Faster, "main is slower than v1.0:")]
    [InlineData(Direction.Faster, EndpointOutcome.NoRegression, "main is not faster than v1.0 by more than 5%")]
    public void A_comparison_speaks_in_the_direction_asked(Direction direction, EndpointOutcome outcome, string expected) =>
        Assert.StartsWith(expected, FindingText.Describe(new PairCompared("v1.0", "main", outcome, direction, 5, s_rise, 10, 6.25)), StringComparison.Ordinal);
}
