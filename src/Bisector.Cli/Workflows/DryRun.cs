using System.Globalization;
using System.Text.Json;
using Bisector.Cli.Commands;
using Bisector.Core.Abstractions;
using Bisector.Core.Configuration;
using Bisector.Core.Search;
using Bisector.Core.Session;
using Bisector.Core.Statistics;
using Bisector.Execution.Building;
using Bisector.Execution.Journal;
using Bisector.Git.History;

namespace Bisector.Cli.Workflows;

/// <summary>
/// <c>run --dry-run</c>: the range, the expected steps and builds, and a time estimate from what earlier runs in
/// this work dir measured (build times from the artifact cache, seconds per sample from the journal's timing).
/// Builds and measures nothing.
/// </summary>
internal static class DryRun
{
    /// <summary>Samples a search step takes on average: 5 when the verdict is clear, up to the cap when it is close.</summary>
    private const int SamplesPerSearchStep = 12;

    public static int Print(TextWriter output, GitCommitGraph graph, SearchRange plan, RunOptions options, BisectConfig config, BenchmarkSettings benchmark, StatisticsOptions statistics, string cacheDirectory, string timingPath, string journalPath)
    {
        var (good, bad, baseCommit, range) = (plan.Good, plan.Bad, plan.Base, plan.Commits);
        var steps = new BisectionSearch(Math.Max(range.Count, 1)).EstimatedStepsLeft();
        var cached = CachingBuilder.CachedBuilds(cacheDirectory);
        var maxBuilds = steps + 3;

        output.WriteLine($"Dry run: {options.Good}..{options.Bad} in {graph.RootDirectory}");
        output.WriteLine($"   good {good.Rev} = {good.Commit.ShortSha} {good.Commit.Subject}");
        output.WriteLine($"   bad  {bad.Rev} = {bad.Commit.ShortSha} {bad.Commit.Subject}");
        if (plan.FromMergeBase)
        {
            output.WriteLine($"   {options.Good} is not an ancestor of {options.Bad}: the search starts from their merge base {baseCommit.ShortSha}");
        }

        output.WriteLine($"   config {config.SourcePath}, benchmark {benchmark.Name}, metric {benchmark.Metric.Name}");
        output.WriteLine($"Range: {Reporting.ReportText.Count(range.Count, "commit")} on the first-parent line after {baseCommit.ShortSha}, up to {bad.Commit.ShortSha}");
        output.WriteLine($"Expected: about {Reporting.ReportText.Count(steps, "search step")}; at most {Reporting.ReportText.Count(maxBuilds, "build")} (ceil(log2 {range.Count}) + 3), plus one per commit that does not build or stays unknown");
        var endpointsCached = new[] { good.Sha, bad.Sha }.Count(cached.ContainsKey);
        var rangeCached = range.Count(c => cached.ContainsKey(c.Sha));
        output.WriteLine($"Artifact cache: {endpointsCached} of the 2 endpoints and {rangeCached} of the {range.Count} commits are built already");

        // Samples still to take: what the journal already holds for the endpoints and the range is reused.
        var journal = File.Exists(journalPath) ? new JsonlJournal(journalPath) : null;
        int Journaled(string sha, string series) => journal?.Samples(sha, series).Count ?? 0;
        var references = statistics.ReferenceSchedule[0];
        var endpointSamples = 2 * Math.Max(references - (journal?.Rounds(JournalSeries.Time, [good.Sha, bad.Sha]).Count ?? 0), 0);
        var stepsMeasured = range.Count(c => Journaled(c.Sha, JournalSeries.Time) > 0);
        var samples = endpointSamples + (Math.Max(steps - stepsMeasured, 0) * SamplesPerSearchStep) + (2 * references);
        var journaled = journal?.Count ?? 0;
        if (journaled > 0)
        {
            output.WriteLine($"Journal: {Reporting.ReportText.Count(journaled, "sample")} from earlier runs of this benchmark; {stepsMeasured} of the range's commits are measured already");
        }

        var built = cached.Values.Where(b => b.Success && b.Kind != BuildKind.Cached).ToArray();
        var clean = built.Where(b => b.Kind == BuildKind.Clean).Select(b => b.Seconds).DefaultIfEmpty(double.NaN).Average();
        var incremental = built.Where(b => b.Kind == BuildKind.Incremental).Select(b => b.Seconds).DefaultIfEmpty(clean).Average();
        var perSample = ReadSecondsPerSample(timingPath);
        var toBuild = Math.Max(maxBuilds - endpointsCached - rangeCached, 0);
        var firstIsClean = cached.Count == 0 ? 1 : 0;
        var buildSeconds = (firstIsClean * clean) + ((toBuild - firstIsClean) * incremental);
        output.WriteLine(toBuild == 0 ? "Builds: none; the commits this range needs are in the artifact cache"
            : double.IsNaN(clean)
            ? $"Builds: up to {toBuild}, the first one clean; no build of this config has been timed in this work dir yet"
            : $"Builds: up to {toBuild} at about {Seconds(incremental)} each incremental{(firstIsClean == 1 ? ", the first one clean" : "")} (a clean build took {Seconds(clean)}): about {Seconds(buildSeconds)}");
        output.WriteLine(perSample is { } seconds
            ? $"Samples: about {samples}{(journaled == 0 ? "" : " more")} at {Seconds(seconds)} each (measured in an earlier run): about {Seconds(samples * seconds)}"
            : $"Samples: about {samples}{(journaled == 0 ? $" (10 paired rounds of good and bad, about {SamplesPerSearchStep} runs per step in rounds with good and bad, 10 rounds of culprit and parent)" : " more")}; no run has timed this benchmark here yet");
        if (!double.IsNaN(buildSeconds) && perSample is { } known)
        {
            output.WriteLine($"Estimate: about {Seconds(buildSeconds + (samples * known))} in all, more when commits stay unknown and take up to {statistics.MaxSamples} samples");
        }
        else
        {
            output.WriteLine("Estimate: not yet known; one run (even interrupted) in this work dir records build and sample times");
        }

        output.WriteLine("Nothing was built or measured.");
        return ExitCodeMapping.Done;
    }

    /// <summary>Records, after a run that took samples, how long one took: the next dry run's estimate.</summary>
    public static void RecordSecondsPerSample(string timingPath, double benchmarkSeconds, int samples)
    {
        if (samples == 0)
        {
            return;
        }

        // Written aside and renamed: a run reading it while another writes sees the old or the new estimate, never half.
        Directory.CreateDirectory(Path.GetDirectoryName(timingPath)!);
        var written = $"{timingPath}.tmp-{Environment.ProcessId}";
        File.WriteAllText(written, JsonSerializer.Serialize(new { secondsPerSample = benchmarkSeconds / samples, samples }));
        File.Move(written, timingPath, overwrite: true);
    }

    private static double? ReadSecondsPerSample(string timingPath)
    {
        if (!File.Exists(timingPath))
        {
            return null;
        }

        using var document = JsonDocument.Parse(File.ReadAllText(timingPath));
        return document.RootElement.GetProperty("secondsPerSample").GetDouble();
    }

    private static string Seconds(double seconds) => seconds switch
    {
        >= 120 => (seconds / 60).ToString("0", CultureInfo.InvariantCulture) + " min",
        _ => seconds.ToString("0.0", CultureInfo.InvariantCulture) + " s",
    };
}
