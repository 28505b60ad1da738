using Bisector.Core.Abstractions;
using Bisector.Core.Domain;
using Bisector.Core.Findings;
using Bisector.Core.Session;
using Bisector.Core.Statistics;
using Bisector.Reporting.Document;

namespace Bisector.Reporting.Tests;

/// <summary>
/// Fixed results, so that rendered reports can be compared with committed files. The history is one line of commits
/// named by a hex digit, 1 (good) to f (bad), each the first parent of the next; the search tested 8, b, c, a and 9,
/// in that order, as the bisection would.
/// </summary>
internal static class SampleResults
{
    private static readonly DateTimeOffset s_date = new(2024, 3, 7, 12, 0, 0, TimeSpan.Zero);

    private static readonly BuildOutcome s_build = new(true, BuildKind.Incremental, "/work/artifacts/x", "/work/checkouts/sample-minivm", 0.25, "/work/build.log", null);

    private static readonly double[] s_goodValues = [5.61, 5.58, 5.66, 5.63, 5.60];
    private static readonly double[] s_badValues = [8.49, 8.52, 8.45, 8.50, 8.47];

    public static CommitInfo Commit(char digit, string subject)
    {
        var parent = digit == '0' ? [] : new[] { new string((char)(digit == 'a' ? '9' : digit - 1), 40) };
        return new CommitInfo(new string(digit, 40), subject, "Barbara Liskov <liskov@minivm.example>", s_date.AddHours(Convert.ToInt32(digit.ToString(), 16)), parent);
    }

    /// <summary>Every sample report by the name its snapshots carry: each result's, and the reports that link explained steps.</summary>
    public static IReadOnlyDictionary<string, Func<ReportDocument>> DocumentsByScenario => ByScenario
        .Select(s => KeyValuePair.Create(s.Key, (Func<ReportDocument>)(() => ReportDocument.Of(s.Value()))))
        .Append(KeyValuePair.Create("mapped-explained", (Func<ReportDocument>)MappedExplained))
        .ToDictionary();

    /// <summary>Every sample result by the name its snapshots carry.</summary>
    public static IReadOnlyDictionary<string, Func<BisectResult>> ByScenario { get; } = new Dictionary<string, Func<BisectResult>>
    {
        ["culprit-found"] = CulpritFound,
        ["culprit-unprofiled"] = CulpritUnprofiled,
        ["no-regression"] = NoRegression,
        ["inconclusive"] = Inconclusive,
        ["inconclusive-with-work"] = InconclusiveWithWork,
        ["recheck-failed"] = RecheckFailed,
        ["ambiguous"] = Ambiguous,
        ["interrupted"] = Interrupted,
        ["compared"] = Compared,
        ["profiled"] = Profiled,
        ["mapped"] = Mapped,
        ["sites"] = SiteScenario.Profiled,
        ["reverted"] = RevertScenario.Reverted,
        ["revert-conflict"] = RevertScenario.Conflicting,
        ["compared-over-layouts"] = SampleLayouts.ComparedOverLayouts,
        ["compared-hidden-by-placement"] = SampleLayouts.ComparedHiddenByPlacement,
        ["compared-both"] = SampleLayouts.ComparedBoth,
        ["inconclusive-hidden-by-placement"] = SampleLayouts.RunHiddenByPlacement,
    };

    /// <summary>A run on an exact metric that mapped every step: a rise undone two commits later, and two rises that remain (the culprit the larger).</summary>
    public static BisectResult Mapped()
    {
        var line = new[] { Good }
            .Concat("23456789".Select(d => Commit(d, $"change {d}")))
            .Append(Culprit)
            .Concat("bcde".Select(d => Commit(d, $"change {d}")))
            .Append(Bad)
            .ToArray();
        (int, double)[] planted = [(3, 5.39), (5, -5.12), (9, 2.7), (12, 2.6)];
        var total = Core.Search.Map.LevelShift.Exact(Core.Search.Map.LevelShift.PercentOfLog(planted.Sum(p => Math.Log(1 + (p.Item2 / 100)))));
        var steps = Core.Search.Map.StepPairing.Pair([.. planted.Select(p => (p.Item1, Core.Search.Map.LevelShift.Exact(p.Item2)))], total, 1);
        var map = new Core.Search.Map.StepMap(total, steps, [], [], 0, Probes: 6, Comparisons: 22);
        return CulpritFound() with { Map = new Core.Mapping.RangeMap(map, line, "time", 11, 1) };
    }

    /// <summary>
    /// The mapped run with the two steps that remain explained each in a folder of its own: the culprit (its folder holds
    /// the run's explanation) and dddddddddd against its parent cccccccccc; the undone steps have none.
    /// </summary>
    public static ReportDocument MappedExplained()
    {
        var mapped = Mapped();
        return ReportDocument.Of(mapped, [ProfiledStep(Culprit, Commit('9', "change 9")), ProfiledStep(Commit('d', "change d"), Commit('c', "change c"))]);
    }

    /// <summary>A step profiled against its parent, as the run writes it into the step's folder.</summary>
    public static BisectResult ProfiledStep(CommitInfo step, CommitInfo parent)
    {
        var profiled = Profiled();
        return profiled with
        {
            Request = profiled.Request with { GoodRev = parent.ShortSha, BadRev = step.ShortSha },
            Good = new ResolvedRevision(parent.ShortSha, parent),
            Bad = new ResolvedRevision(step.ShortSha, step),
            Explanation = SampleExplanation.Full(step.Sha, parent.Sha),
        };
    }

    public static CommitInfo Good { get; } = Commit('1', "Initial import of minivm");
    public static CommitInfo Bad { get; } = Commit('f', "docs: the small-int range");
    public static CommitInfo Culprit { get; } = Commit('a', "Read the eval breaker through the thread state");

    public static BisectResult CulpritFound()
    {
        var parent = Commit('9', "docs: how to profile with perf");
        var failed = BuildOutcome.Failure(BuildKind.Incremental, 0.5, "/work/artifacts/b/build.log", "'make -j2 minivm' exited with code 2");
        return new BisectResult(
            BisectStatus.CulpritFound,
            new BisectRequest("v1.0", "main", "add_local", "output", "ns/addition"),
            new ResolvedRevision("v1.0", Good),
            new ResolvedRevision("main", Bad),
            Culprit,
            [Culprit],
            new ChangeSummary(5.61, 8.49, 51.2, 50.1, 52.3, 0.0002),
            new Verification(Culprit.Sha, parent.Sha, s_goodValues, s_badValues, EndpointOutcome.Regression, new ChangeSummary(5.61, 8.49, 51.0, 49.8, 52.1, 0.0004)),
            [
                new StepRecord(Good, StepRole.Good, Verdict.Good, s_goodValues, Summary.Of(s_goodValues), null, s_build with { Kind = BuildKind.Clean, Seconds = 1.5 }, null),
                new StepRecord(Bad, StepRole.Bad, Verdict.Bad, s_badValues, Summary.Of(s_badValues), null, s_build, null),
                Search('8', "eval: inline the small-int fast path", Verdict.Good, [5.63, 5.59, 5.66, 5.60, 5.62, 5.64], -0.3) with { Round = 1 },
                new StepRecord(Commit('b', "main: reject loop counts above the limit"), StepRole.Search, Verdict.Skip, [], null, null, failed, new BuildFailed("'make -j2 minivm' exited with code 2", "/work/artifacts/b/build.log")) { Round = 2 },
                Search('c', "tests: cover the eval breaker", Verdict.Bad, [8.41, 8.52, 8.47, 8.55, 8.44, 8.50], 51.1) with { Round = 3 },
                Search(Culprit, Verdict.Bad, [8.46, 8.51, 8.43, 8.58, 8.49, 8.45], 51.5) with { Load = new LoadSummary(12.5, 81, 1.42, [1]), Round = 4 },
                Search(parent, Verdict.Good, [5.58, 5.65, 5.61, 5.57, 5.63, 5.60], 0.1) with { Round = 5 },
            ],
            14,
            6,
            TimeSpan.FromSeconds(12.5),
            [])
        {
            Endpoints = new EndpointNoise(Summary.Of(s_goodValues), Summary.Of(s_badValues), 6.25) { GoodModes = [5.61], BadModes = [8.49] },
            Instructions = new InstructionEvidence("callgrind", [57_643_259, 57_643_261], [69_643_540, 69_643_544], 20.82, 51.0),
            TimeVsInstructions = new TimeVsInstructions(
                TimeInstructionFinding.Agree, EndpointOutcome.Regression, 51.2, 6.25, new InstructionEvidence("callgrind", [57_643_180, 57_643_182], [69_651_004, 69_651_006], 20.83, 51.2)),
            BuildSeconds = 2.75,
            BenchmarkSeconds = 9.25,
            SamplesTaken = 58,
            SamplesReused = 12,
            Search = new SearchShape(Workers: 1, Rounds: 5, BuiltAhead: 8, BuiltAheadUsed: 4),
            Explanation = SampleExplanation.Full(Culprit.Sha, parent.Sha),
            Environment = SampleExplanation.Environment(),
            Commands = SampleExplanation.Commands(),
        };
    }

    /// <summary>A culprit found on a machine where neither perf nor valgrind could run.</summary>
    public static BisectResult CulpritUnprofiled()
    {
        var found = CulpritFound();
        return found with
        {
            Instructions = null,
            TimeVsInstructions = null,
            Explanation = SampleExplanation.Unprofiled(Culprit.Sha, found.Verification!.ParentSha),
            Environment = found.Environment! with { Perf = null, Valgrind = null },
        };
    }

    public static BisectResult NoRegression()
    {
        var found = CulpritFound();
        return found with
        {
            Status = BisectStatus.NoRegression,
            Culprit = null,
            Candidates = [],
            Verification = null,
            Instructions = null,
            TimeVsInstructions = null,
            Explanation = null,
            Change = new ChangeSummary(8.49, 5.61, -33.9, -35.0, -32.8, 1.0),
            Steps = [found.Steps[0], found.Steps[1] with { Verdict = Verdict.Good }],
            RangeLength = 0,
            Notes = [new NothingToBisect("v1.0", "main", Direction.Slower, 5, new ChangeSummary(8.49, 5.61, -33.9, -35.0, -32.8, 1.0), 5)],
        };
    }

    /// <summary><c>compare v1.0 main</c>: both measured and counted, the difference explained, no search.</summary>
    public static BisectResult Compared()
    {
        var found = CulpritFound();
        return found with
        {
            Status = BisectStatus.Compared,
            Culprit = null,
            Candidates = [],
            Verification = null,
            Instructions = null,
            Steps = [],
            RangeLength = 0,
            Builds = 0,
            Notes = [new PairCompared("v1.0", "main", EndpointOutcome.Regression, Direction.Slower, 5, found.Change!, 10, 6.25)],
            Explanation = SampleExplanation.Full(Bad.Sha, Good.Sha),
        };
    }

    /// <summary><c>profile aaaa</c>: the culprit against its parent, profiles and machine code only.</summary>
    public static BisectResult Profiled()
    {
        var compared = Compared();
        return compared with
        {
            Status = BisectStatus.Profiled,
            Request = compared.Request with { GoodRev = "aaaaaaaaaa^", BadRev = "aaaaaaaaaa" },
            Good = new ResolvedRevision("aaaaaaaaaa^", Commit('9', "docs: how to profile with perf")),
            Bad = new ResolvedRevision("aaaaaaaaaa", Culprit),
            Change = null,
            Endpoints = null,
            TimeVsInstructions = null,
            Notes = [],
            SamplesTaken = 0,
            SamplesReused = 0,
            Explanation = SampleExplanation.Full(Culprit.Sha, Commit('9', "docs: how to profile with perf").Sha),
        };
    }

    public static BisectResult Inconclusive()
    {
        var none = NoRegression();
        return none with
        {
            Status = BisectStatus.Inconclusive,
            Change = new ChangeSummary(5.61, 5.83, 3.9, -6.1, 14.2, 0.08),
            Steps = [none.Steps[0], none.Steps[1] with { Verdict = Verdict.Unknown }],
            Notes =
            [
                new EndpointsUnsure("v1.0", "main", Direction.Slower, 5, new ChangeSummary(5.61, 5.83, 3.9, -6.1, 14.2, 0.08), 40, 0.001, 19.8),
            ],
            Endpoints = none.Endpoints! with { DetectableShiftPercent = 19.8 },
            TimeVsInstructions = new TimeVsInstructions(
                TimeInstructionFinding.InstructionsOnly, EndpointOutcome.Unsure, 3.9, 19.8, new InstructionEvidence("callgrind", [57_643_180, 57_643_182], [62_716_120, 62_716_124], 8.8, 3.9)),
        };
    }

    /// <summary>The inconclusive run above, whose instructions rose: the work search that follows names where.</summary>
    public static BisectResult InconclusiveWithWork()
    {
        var inconclusive = Inconclusive();
        var work = new WorkSearch(
            "callgrind",
            new WorkAfterNoCulprit(BisectStatus.Inconclusive, null, "v1.0", "main", 8.8, Direction.Slower),
            Culprit,
            [57_643_201, 57_643_203],
            [62_716_090, 62_716_092],
            [Culprit],
            [
                new WorkStep(Commit('8', "eval: inline the small-int fast path"), Verdict.Good, [57_643_190, 57_643_192], null),
                new WorkStep(Commit('c', "tests: cover the eval breaker"), Verdict.Bad, [62_716_101, 62_716_103], null),
                new WorkStep(Commit('b', "main: reject loop counts above the limit"), Verdict.Skip, [], new BuildFailed("'make -j2 minivm' exited with code 2", null)),
                new WorkStep(Culprit, Verdict.Bad, [62_716_090, 62_716_092], null),
                new WorkStep(Commit('9', "docs: how to profile with perf"), Verdict.Good, [57_643_201, 57_643_203], null),
            ],
            null)
        {
            // The counts mapped over the range: a rise undone two commits later, and the culprit's rise that remains.
            Map = Mapped().Map! with { Map = WorkMap() },
        };
        return inconclusive with { Work = work };
    }

    private static Core.Search.Map.StepMap WorkMap()
    {
        (int, double)[] planted = [(3, 5.39), (5, -5.12), (9, 8.8)];
        var total = Core.Search.Map.LevelShift.Exact(Core.Search.Map.LevelShift.PercentOfLog(planted.Sum(p => Math.Log(1 + (p.Item2 / 100)))));
        var steps = Core.Search.Map.StepPairing.Pair([.. planted.Select(p => (p.Item1, Core.Search.Map.LevelShift.Exact(p.Item2)))], total, 1);
        return new Core.Search.Map.StepMap(total, steps, [], [], 0, Probes: 4, Comparisons: 14);
    }

    /// <summary>
    /// A wall-time search misled by a load burst: the culprit a was measured while others kept a CPU busy and called
    /// good, so the search ended on c, which its re-check against a did not confirm. Measured again in fresh rounds, the
    /// load still on, a is good again and c bad: nothing to repair, no commit is named; the work search that follows names a.
    /// </summary>
    public static BisectResult RecheckFailed()
    {
        var found = CulpritFound();
        var c = found.Steps[4];
        var misled = Search(Culprit, Verdict.Good, [5.71, 5.66, 5.74, 5.69, 5.70, 5.68], 1.4) with
        {
            Load = new LoadSummary(96, 100, 2.85, [1]),
            Round = 4,
        };
        var parentValues = new[] { 8.47, 8.44, 8.52, 8.49, 8.45, 8.50, 8.48, 8.46 };
        var cValues = new[] { 8.49, 8.46, 8.51, 8.50, 8.47, 8.52, 8.48, 8.47 };
        var work = new WorkSearch(
            "callgrind",
            new WorkAfterNoCulprit(BisectStatus.Inconclusive, c.Commit.Sha, "v1.0", "main", 20.8, Direction.Slower),
            Culprit,
            [57_643_201, 57_643_203],
            [69_643_540, 69_643_544],
            [Culprit],
            [
                new WorkStep(Commit('8', "eval: inline the small-int fast path"), Verdict.Good, [57_643_190, 57_643_192], null),
                new WorkStep(c.Commit, Verdict.Bad, [69_643_551, 69_643_553], null),
                new WorkStep(Culprit, Verdict.Bad, [69_643_540, 69_643_544], null),
                new WorkStep(Commit('9', "docs: how to profile with perf"), Verdict.Good, [57_643_201, 57_643_203], null),
            ],
            null);
        return found with
        {
            Status = BisectStatus.Inconclusive,
            Culprit = null,
            Candidates = [],
            Verification = new Verification(c.Commit.Sha, Culprit.Sha, parentValues, cValues, EndpointOutcome.NoRegression, new ChangeSummary(8.475, 8.485, 0.1, -0.3, 0.5, 0.41)),
            Instructions = null,
            Explanation = null,
            Work = work,
            Steps =
            [
                found.Steps[0], found.Steps[1], found.Steps[2], found.Steps[3], c, misled,
                misled with { Role = StepRole.Repair, Values = [5.73, 5.70, 5.69, 5.72, 5.71], Summary = Summary.Of([5.73, 5.70, 5.69, 5.72, 5.71]), Round = 0 },
                c with { Role = StepRole.Repair, Values = [8.49, 8.51, 8.47], Summary = Summary.Of([8.49, 8.51, 8.47]), Round = 0 },
            ],
            Notes =
            [
                new RecheckNotConfirmed(
                    c.Commit, Culprit, EndpointOutcome.NoRegression, Direction.Slower, 5, new ChangeSummary(8.475, 8.485, 0.1, -0.3, 0.5, 0.41), 8, 0.001, null),
                new StepVerdictsHeld(c.Commit, [(Culprit, Verdict.Good), (c.Commit, Verdict.Bad)]),
            ],
        };
    }

    /// <summary>
    /// The culprit is b or c: b does not build and c is bad. The search tested 8 (good), d (unknown, skipped),
    /// c (bad) and b (skip); d went in after c was known bad, so only its parent link places it.
    /// </summary>
    public static BisectResult Ambiguous()
    {
        var found = CulpritFound();
        var (b, c) = (found.Steps[3], found.Steps[4]);
        return found with
        {
            Status = BisectStatus.Ambiguous,
            Culprit = null,
            Candidates = [b.Commit, c.Commit],
            Verification = null,
            Instructions = null,
            TimeVsInstructions = null,
            Explanation = null,
            Steps =
            [
                found.Steps[0],
                found.Steps[1],
                found.Steps[2],
                Search('d', "eval: count the loop in a register", Verdict.Unknown, [6.9, 7.8, 6.2, 8.1, 7.4, 6.6, 7.9, 6.4], 28.0) with
                {
                    Note = new StillUnknown(8),
                },
                c,
                b,
            ],
            Notes = [new CulpritAmongCandidates(2)],
        };
    }

    public static BisectResult Interrupted()
    {
        var found = CulpritFound();
        return found with
        {
            Status = BisectStatus.Interrupted,
            Culprit = null,
            Candidates = [],
            Verification = null,
            Instructions = null,
            TimeVsInstructions = null,
            Explanation = null,
            Steps = [.. found.Steps.Take(3)],
            Notes = [new ResumeHint("/work", "bisector run --good v1.0 --bad main --repo /repo")],
        };
    }

    private static StepRecord Search(char digit, string subject, Verdict verdict, double[] values, double shift) =>
        Search(Commit(digit, subject), verdict, values, shift);

    private static StepRecord Search(CommitInfo commit, Verdict verdict, double[] values, double shift) => new(
        commit,
        StepRole.Search,
        verdict,
        values,
        Summary.Of(values),
        new Classification(verdict, verdict == Verdict.Bad ? 0.0001 : 0.9, verdict == Verdict.Good ? 0.0001 : 0.4, shift),
        s_build,
        null);
}
