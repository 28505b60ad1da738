using System.Diagnostics;
using Bisector.Core.Abstractions;
using Bisector.Core.Domain;

namespace Bisector.Core.Measurement;

/// <summary>
/// Takes samples for every command alike (<c>run</c>, <c>compare</c>, the work search, instruction counts and the nightly
/// job): warms each build up once per runner before its first sample, runs the benchmark, journals each sample of a
/// round under one round id, tells the observer, and keeps the cost (samples taken, per commit, and the seconds spent).
/// Which commits a round holds and in what order is the caller's: the sampler takes them as given.
/// </summary>
public sealed class Sampler(IJournal journal, ISessionObserver observer)
{
    private readonly HashSet<(IBenchmarkRunner Runner, string Artifacts)> _warmed = [];
    private readonly Dictionary<string, int> _takenBySha = new(StringComparer.Ordinal);
    private readonly Stopwatch _measuring = new();

    /// <summary>Samples taken by this sampler (the journal's earlier ones not counted).</summary>
    public int Taken { get; private set; }

    /// <summary>Seconds spent running benchmarks, warm-ups included.</summary>
    public TimeSpan Measuring => _measuring.Elapsed;

    /// <summary>A new round's id: the samples journaled under it were taken back to back.</summary>
    public static string NewRound() => Guid.NewGuid().ToString("N")[..12];

    /// <summary>Samples of <paramref name="sha"/> that this sampler took.</summary>
    public int TakenOf(string sha) => _takenBySha.GetValueOrDefault(sha);

    /// <summary>One sample of one build, journaled under <paramref name="round"/> when it succeeds; a failure is returned, not journaled.</summary>
    public async Task<SampleOutcome> TakeAsync(
        IBenchmarkRunner runner, string series, string round, CommitInfo commit, BuildOutcome build, CancellationToken cancellationToken)
    {
        await WarmUpAsync(runner, build, cancellationToken).ConfigureAwait(false);
        var sample = await TimedAsync(() => runner.MeasureAsync(build, cancellationToken)).ConfigureAwait(false);
        Record(series, round, commit, sample);
        return sample;
    }

    /// <summary>
    /// One sample of each build at the same time (instruction counts, which load does not change), journaled as one
    /// round; every build is warmed up first. The outcomes come back in the order given.
    /// </summary>
    public async Task<IReadOnlyList<SampleOutcome>> TakeAtOnceAsync(
        IBenchmarkRunner runner, string series, IReadOnlyList<(CommitInfo Commit, BuildOutcome Build)> batch, CancellationToken cancellationToken)
    {
        foreach (var (_, build) in batch)
        {
            await WarmUpAsync(runner, build, cancellationToken).ConfigureAwait(false);
        }

        var samples = await TimedAsync(() => Task.WhenAll(batch.Select(side => runner.MeasureAsync(side.Build, cancellationToken)))).ConfigureAwait(false);
        var round = NewRound();
        foreach (var ((commit, _), sample) in batch.Zip(samples))
        {
            Record(series, round, commit, sample);
        }

        return samples;
    }

    /// <summary>A build's first run may do work once (compile caches, page-in): each build is warmed up before its first sample of each runner.</summary>
    private async Task WarmUpAsync(IBenchmarkRunner runner, BuildOutcome build, CancellationToken cancellationToken)
    {
        if (_warmed.Add((runner, build.ArtifactDirectory)))
        {
            await TimedAsync(async () =>
            {
                await runner.WarmUpAsync(build, cancellationToken).ConfigureAwait(false);
                return true;
            }).ConfigureAwait(false);
        }
    }

    private void Record(string series, string round, CommitInfo commit, SampleOutcome sample)
    {
        if (!sample.Success)
        {
            return;
        }

        journal.Append(new JournalEntry(commit.Sha, series, round, sample.Value) { Conditions = sample.Conditions });
        Taken++;
        _takenBySha[commit.Sha] = TakenOf(commit.Sha) + 1;
        observer.Measured(commit, journal.Samples(commit.Sha, series).Count, sample.Value);
    }

    private async Task<T> TimedAsync<T>(Func<Task<T>> measure)
    {
        _measuring.Start();
        try
        {
            return await measure().ConfigureAwait(false);
        }
        finally
        {
            _measuring.Stop();
        }
    }
}
