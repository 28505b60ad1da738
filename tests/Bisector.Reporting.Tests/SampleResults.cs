using Bisector.Core.Abstractions;
using Bisector.Core.Domain;
using Bisector.Core.Session;
using Bisector.Core.Statistics;

namespace Bisector.Reporting.Tests;

/// <summary>Fixed results, so that rendered reports can be compared with committed files.</summary>
internal static class SampleResults
{
    private static readonly DateTimeOffset s_date = new(2024, 3, 7, 12, 0, 0, TimeSpan.Zero);

    private static CommitInfo Commit(char digit, string subject) =>
        new(new string(digit, 40), subject, "Barbara Liskov <liskov@minivm.example>", s_date, [new string('0', 40)]);

    public static BisectResult CulpritFound()
    {
        var good = Commit('1', "Initial import of minivm");
        var bad = Commit('9', "docs: the small-int range");
        var middle = Commit('5', "docs: how to profile with perf");
        var broken = Commit('6', "main: reject loop counts above the limit");
        var culprit = Commit('7', "Move the eval breaker into the interpreter state");
        double[] goodValues = [5.61, 5.58, 5.66, 5.63, 5.60];
        double[] badValues = [8.49, 8.52, 8.45, 8.50, 8.47];
        var build = new BuildOutcome(true, BuildKind.Incremental, "/work/artifacts/x", "/work/checkout", 0.25, "/work/build.log", null);
        var failed = BuildOutcome.Failure(BuildKind.Incremental, 0.5, "/work/artifacts/6/build.log", "'make -j2 minivm' exited with code 2");
        return new BisectResult(
            BisectStatus.CulpritFound,
            new BisectRequest("v1.0", "main", "add_local", "output", "ns/addition"),
            new ResolvedRevision("v1.0", good),
            new ResolvedRevision("main", bad),
            culprit,
            [culprit],
            new ChangeSummary(5.61, 8.49, 51.2, 50.1, 52.3, 0.0002),
            new Verification(middle.Sha, goodValues, badValues, EndpointOutcome.Regression, new ChangeSummary(5.61, 8.49, 51.0, 49.8, 52.1, 0.0004)),
            [
                new StepRecord(good, "good", Verdict.Good, goodValues, Summary.Of(goodValues), null, build with { Kind = BuildKind.Clean, Seconds = 1.5 }, null),
                new StepRecord(bad, "bad", Verdict.Bad, badValues, Summary.Of(badValues), null, build, null),
                new StepRecord(middle, "search", Verdict.Good, goodValues, Summary.Of(goodValues), new Classification(Verdict.Good, 0.9, 0.0001, -0.4), build, null),
                new StepRecord(broken, "search", Verdict.Skip, [], null, null, failed, "build failed: 'make -j2 minivm' exited with code 2 (log: /work/artifacts/6/build.log)"),
                new StepRecord(culprit, "search", Verdict.Bad, badValues, Summary.Of(badValues), new Classification(Verdict.Bad, 0.0001, 0.95, 51.5), build, null)
                {
                    Load = new LoadSummary(12.5, 81, 1.42, [1]),
                },
            ],
            62,
            6,
            TimeSpan.FromSeconds(12.5),
            [])
        {
            Endpoints = new EndpointNoise(Summary.Of(goodValues), Summary.Of(badValues), 6.25) { GoodModes = [5.61], BadModes = [8.49] },
            Instructions = new InstructionEvidence("callgrind", [57_643_259, 57_643_261], [68_601_544, 68_601_540], 19.01, 51.0),
            BuildSeconds = 2.75,
            BenchmarkSeconds = 9.25,
            SamplesTaken = 58,
            SamplesReused = 12,
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
            Change = new ChangeSummary(8.49, 5.61, -33.9, -35.0, -32.8, 1.0),
            Steps = [found.Steps[0], found.Steps[1] with { Verdict = Verdict.Good }],
            RangeLength = 0,
            Notes = ["main is not slower than v1.0 by more than 5% (shift -33.9%): nothing to bisect."],
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
                "Cannot tell whether main is slower than v1.0 by more than 5%: after 40 paired rounds the shift is +3.9%, 95% interval -6.1% to +14.2%, " +
                "and these samples could only have confirmed a change of 19.8% or more. The noise hides changes of the threshold's size: quiet the machine, " +
                "pin the benchmark to one CPU (--cpu), allow more samples (--max-samples), or count instructions instead of time (--metric callgrind).",
            ],
            Endpoints = none.Endpoints! with { DetectableShiftPercent = 19.8 },
        };
    }
}
