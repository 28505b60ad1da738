using System.Diagnostics;
using Bisector.Core.Abstractions;
using Bisector.Core.Domain;
using Bisector.Core.Findings;
using Bisector.Core.Measurement;
using Bisector.Core.Statistics;

namespace Bisector.Core.Session;

/// <summary>Turns a run's state into its result: the evidence, the endpoints' noise and modes, and what the run cost.</summary>
internal sealed class SessionResults(
    IJournal journal, VerdictEngine engine, SessionRecord record, BuildScheduler builds, Sampler sampler, CommitSearch search, int workers, ExecutorKind executor)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    /// <summary>The result; with <paramref name="sayModes"/>, after a finding for each endpoint whose samples have several modes.</summary>
    public BisectResult Of(RunState state, BisectStatus status, bool sayModes = true)
    {
        var endpoints = Endpoints(state);
        if (endpoints is not null && sayModes)
        {
            SayWhenMultimodal(state.Good, endpoints.Good.Count, endpoints.GoodModes);
            SayWhenMultimodal(state.Bad, endpoints.Bad.Count, endpoints.BadModes);
        }

        return new BisectResult(
            status,
            state.Request,
            state.Good,
            state.Bad,
            state.Culprit,
            state.Candidates,
            state.Change,
            state.Verification,
            record.Steps.ToArray(),
            state.RangeLength,
            builds.Built().Count(),
            _clock.Elapsed,
            // What the maps say of merges among their steps, after what the run found on its way.
            [.. record.Findings, .. state.Map?.Notes ?? [], .. state.Work?.Map?.Notes ?? []])
        {
            Endpoints = endpoints,
            Instructions = state.Instructions,
            Work = state.Work,
            Map = state.Map,
            RevertCheck = state.Revert,
            NotReverted = state.NotReverted,
            TimeVsInstructions = state.TimeVsInstructions,
            Layouts = state.Layouts.ToArray(),
            BuildSeconds = builds.Built().Sum(b => b.Seconds),
            BenchmarkSeconds = sampler.Measuring.TotalSeconds,
            SamplesTaken = sampler.Taken,
            SamplesReused = record.Steps.Select(s => s.Commit.Sha).Concat(state.Verification is { } v ? [v.ParentSha] : []).Distinct()
                .Sum(sha => journal.Samples(sha, Series.Time).Count + journal.Samples(sha, Series.Instructions).Count - sampler.TakenOf(sha)),
            Direction = engine.Options.Direction,
            Search = new SearchShape(workers, search.Rounds, builds.AheadCount, builds.AheadUsed) { Executor = executor },
        };
    }

    private EndpointNoise? Endpoints(RunState state)
    {
        if (state.EndpointRounds.Count == 0)
        {
            return null;
        }

        var good = state.EndpointRounds.Select(r => r.Baseline).ToArray();
        var bad = state.EndpointRounds.Select(r => r.Candidate).ToArray();
        return new EndpointNoise(Summary.Of(good), Summary.Of(bad), engine.DetectableShiftPercent(state.EndpointRounds))
        {
            GoodModes = Modality.Modes(good),
            BadModes = Modality.Modes(bad),
        };
    }

    /// <summary>
    /// Two modes in one revision's samples are two kinds of runs. The verdicts never pool them (each compares runs of one
    /// round), but the person should know, and where the samples ran, which points at the likely cause.
    /// </summary>
    private void SayWhenMultimodal(ResolvedRevision revision, int samples, IReadOnlyList<double> modes)
    {
        if (modes.Count >= 2)
        {
            record.Found(new Multimodal(revision.Rev, samples, modes, LoadSummary.Of(journal.Conditions(revision.Sha, Series.Time))?.Cpus ?? []));
        }
    }
}
