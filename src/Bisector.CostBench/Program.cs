using System.Globalization;
using Bisector.Core.Abstractions;
using Bisector.Core.Configuration;
using Bisector.Execution.Building;
using Bisector.Execution.Processes;
using Bisector.CostBench;
using Bisector.Git.History;
using Bisector.Git.Samples;

// The cost bench: what it takes Bisector to reach the culprit (builds by kind, build and benchmark seconds,
// total time), from cold and again on a warm cache, beside the same range done by hand with git bisect run.
if (args is ["--help"] or ["-h"])
{
    Console.WriteLine(CostOptions.Usage);
    return 0;
}

CostOptions options;
try
{
    options = CostOptions.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine($"bench-cost: {ex.Message}\n{CostOptions.Usage}");
    return 2;
}

try
{
    return await BenchAsync(options);
}
catch (Exception ex) when (ex is InvalidOperationException or Bisector.Core.Domain.UsageException)
{
    Console.Error.WriteLine($"bench-cost: {ex.Message}");
    return 1;
}

static async Task<int> BenchAsync(CostOptions options)
{
    var work = Path.GetFullPath(options.WorkDir ?? Path.Combine(Path.GetTempPath(), $"bisector-cost-{Environment.ProcessId}"));
    var repo = options.Repo is null ? Path.Combine(work, "sample-repo") : Path.GetFullPath(options.Repo);
    var configPath = Path.GetFullPath(options.Config ?? Path.Combine(AppContext.BaseDirectory, "bisect-configs", "sample-minivm.json"));
    var expected = options.ExpectCulprit;
    // Only the folders the bench itself makes are replaced: a work dir given by hand may hold other things.
    string[] owned = ["sample-repo", "bisector", "by-hand", "report-cold-1", "report-cold-2", "report-warm"];
    foreach (var folder in owned.Select(name => Path.Combine(work, name)).Where(Directory.Exists))
    {
        Directory.Delete(folder, recursive: true);
    }

    if (options.Repo is null)
    {
        SampleRepository.Create(repo);
        using var graph = GitCommitGraph.Open(repo);
        expected ??= graph.FirstParentRange(graph.Resolve("v1.0").Sha, graph.Resolve("main").Sha).Single(c => c.Subject == SampleRepository.RegressionSubject).Sha;
    }

    var config = ConfigLoader.Load(configPath);
    var benchmark = config.Benchmark(options.Benchmark);
    var bisectorWork = Path.Combine(work, "bisector");

    string[] runArgs = ["run", "--repo", repo, "--config", configPath, "--good", options.Good, "--bad", options.Bad, "--benchmark", benchmark.Name, "--work-dir", bisectorWork];
    Console.WriteLine($"Cost bench: {options.Good}..{options.Bad} in {repo}");
    Console.WriteLine($"   config {configPath}, benchmark {benchmark.Name}, work dir {work}");

    // 1. From cold, interrupted for real when asked, then resumed by the same command.
    Console.WriteLine(options.InterruptAfterStep is { } at ? $"== Bisector from cold, interrupted (SIGINT) at search step {at + 1}, then resumed" : "== Bisector from cold");
    var cold = new List<BisectorRun>();
    cold.Add(await BisectorProcess.RunAsync(runArgs, Path.Combine(work, "report-cold-1"), options.InterruptAfterStep + 1, Console.Out));
    if (options.InterruptAfterStep is not null)
    {
        cold.Add(await BisectorProcess.RunAsync(runArgs, Path.Combine(work, "report-cold-2"), null, Console.Out));
    }

    // 2. The same command again: every build and sample is in the work dir.
    Console.WriteLine("== Bisector again, same command (warm)");
    var warm = await BisectorProcess.RunAsync(runArgs, Path.Combine(work, "report-warm"), null, Console.Out);

    // 3. By hand.
    BaselineRun? baseline = null;
    if (!options.SkipBaseline)
    {
        Console.WriteLine($"== By hand: git bisect run, rebuild in place, median of {options.BaselineRuns} vs the endpoints' midpoint");
        // By SHA, as Bisector resolved them: git bisect does not know that v3.11 means v3.11.2.
        string Sha(string endpoint) => warm.Report.GetProperty(endpoint).GetProperty("sha").GetString()!;
        baseline = await ByHandBaseline.RunAsync(repo, config, benchmark, Sha("good"), Sha("bad"), options.BaselineRuns, Path.Combine(work, "by-hand"), Console.Out);
    }

    var final = cold[^1];
    var buildKey = await BuildKey.ComputeAsync(config.Build, new ProcessRunner(), CancellationToken.None);
    var builds = CachingBuilder.CachedBuilds(buildKey.DirectoryIn(Path.Combine(bisectorWork, "artifacts"))).Values
        .Where(b => b.Kind != BuildKind.Cached)
        .Select(b => (Kind: b.Kind.ToString().ToLowerInvariant(), b.Seconds))
        .ToArray();
    var rangeLength = final.Report.GetProperty("rangeLength").GetInt32();
    var skipped = final.Report.GetProperty("steps").EnumerateArray().Count(s => s.GetProperty("verdict").GetString() is "skip" or "unknown");
    var bound = (int)Math.Ceiling(Math.Log2(Math.Max(rangeLength, 1))) + 3 + skipped;
    var coldSeconds = cold.Sum(r => r.Seconds);
    string S(double seconds) => seconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";
    string Mark(string? sha) => sha is null ? "none" : $"{sha[..10]}{(expected is null ? "" : sha == expected ? " (expected)" : " (WRONG)")}";

    Console.WriteLine();
    Console.WriteLine($"Range: {rangeLength} commits on the first-parent line; ceil(log2 N) + 3 = {bound - skipped}{(skipped > 0 ? $", + {skipped} skipped" : "")}");
    Console.WriteLine();
    Console.WriteLine("| | Bisector, cold" + (cold.Count > 1 ? " (interrupted + resumed)" : "") + " | Bisector, warm re-run | by hand (git bisect run) |");
    Console.WriteLine("|---|---|---|---|");
    Console.WriteLine($"| time to the culprit | {S(coldSeconds)} | {S(warm.Seconds)} | {(baseline is null ? "not run" : S(baseline.Seconds))} |");
    Console.WriteLine($"| builds | {cold.Sum(r => r.Builds)} | {warm.Builds} | {baseline?.Builds.ToString(CultureInfo.InvariantCulture) ?? ""} |");
    Console.WriteLine($"| build seconds | {S(cold.Sum(r => r.BuildSeconds))} | {S(warm.BuildSeconds)} | {(baseline is null ? "" : S(baseline.BuildSeconds))} |");
    Console.WriteLine($"| benchmark seconds | {S(cold.Sum(r => r.BenchmarkSeconds))} | {S(warm.BenchmarkSeconds)} | {(baseline is null ? "" : S(baseline.Seconds - baseline.BuildSeconds))} |");
    Console.WriteLine($"| samples | {final.Samples} | {warm.Samples} | {(baseline is null ? "" : $"{options.BaselineRuns} per commit")} |");
    Console.WriteLine($"| culprit | {Mark(final.Culprit)} | {Mark(warm.Culprit)} | {(baseline is null ? "" : Mark(baseline.Culprit))} |");
    Console.WriteLine();
    Console.WriteLine("Bisector's builds by kind (from the artifact cache):");
    foreach (var kind in new[] { "clean", "incremental" })
    {
        var of = builds.Where(b => b.Kind == kind).ToArray();
        Console.WriteLine($"   {kind,-11} {of.Length,3} builds, {(of.Length == 0 ? "-" : $"{S(of.Sum(b => b.Seconds))} in all, {S(of.Average(b => b.Seconds))} each")}");
    }

    var cachedSteps = warm.Report.GetProperty("steps").EnumerateArray().Count(s => s.GetProperty("buildKind").GetString() == "cached");
    Console.WriteLine($"   cached      {cachedSteps,3} steps of the warm re-run took their build from the cache");
    if (baseline is { Note.Length: > 0 })
    {
        Console.WriteLine($"By hand: {baseline.Note}");
    }

    // The checks that make this a test of the cost, not only a report of it.
    var failures = new List<string>();
    if (cold.Count > 1 && cold[0].ExitCode != 130)
    {
        failures.Add($"the interrupted run exited {cold[0].ExitCode}, not 130");
    }

    if (final.ExitCode != 0 || final.Culprit is null)
    {
        failures.Add($"bisector ended with {final.Status} (exit {final.ExitCode})");
    }

    if (expected is not null && final.Culprit != expected)
    {
        failures.Add($"bisector named {final.Culprit ?? "no commit"}, expected {expected}");
    }

    if (cold.Sum(r => r.Builds) > bound)
    {
        failures.Add($"{cold.Sum(r => r.Builds)} builds, more than ceil(log2 {rangeLength}) + 3{(skipped > 0 ? $" + {skipped}" : "")} = {bound}");
    }

    if (warm.Builds != 0 || warm.Culprit != final.Culprit)
    {
        failures.Add($"the warm re-run built {warm.Builds} commits and named {warm.Culprit}");
    }

    var clean = builds.Where(b => b.Kind == "clean").Select(b => b.Seconds).DefaultIfEmpty().Max();
    var incremental = builds.Where(b => b.Kind == "incremental").Select(b => b.Seconds).ToArray();
    if (clean > 0 && incremental.Length > 0)
    {
        Console.WriteLine($"An incremental build took {S(incremental.Average())} on average, {incremental.Average() / clean * 100:0}% of the slowest clean build ({S(clean)}).");
    }

    Console.WriteLine($"The warm re-run took {warm.Seconds / coldSeconds * 100:0.0}% of the cold run's time.");
    Console.WriteLine();
    Console.WriteLine(failures.Count == 0 ? "cost bench: all checks hold" : "cost bench: FAILED\n" + string.Join("\n", failures.Select(f => $"   {f}")));
    return failures.Count == 0 ? 0 : 1;
}
