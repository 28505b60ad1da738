using System.Globalization;
using Bisector.Configuration;
using Bisector.Core.Abstractions;
using Bisector.Core.Configuration;
using Bisector.Core.Search;
using Bisector.CostBench;
using Bisector.Execution.Building;
using Bisector.Execution.Processes;
using Bisector.Git.History;
using Bisector.Git.Samples;

// The cost bench: what it takes Bisector to reach the culprit, re-check and instruction check included, the
// culprit's profile not (builds by kind, build and benchmark seconds,
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
    var owned = Directory.Exists(work)
        ? Directory.GetDirectories(work).Where(folder => Path.GetFileName(folder) is "sample-repo" or "by-hand" or "by-hand-equal" || Path.GetFileName(folder).StartsWith("bisector", StringComparison.Ordinal)
            || Path.GetFileName(folder).StartsWith("ccache", StringComparison.Ordinal) || Path.GetFileName(folder).StartsWith("report-", StringComparison.Ordinal))
        : [];
    foreach (var folder in owned)
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
    string[] RunArgs(string workDir, params string[] more) =>
        ["run", "--repo", repo, "--config", configPath, "--good", options.Good, "--bad", options.Bad, "--benchmark", benchmark.Name, "--work-dir", workDir, "--no-explain", .. more];
    Console.WriteLine($"Cost bench: {options.Good}..{options.Bad} in {repo}");
    Console.WriteLine($"   config {configPath}, benchmark {benchmark.Name}, work dir {work}");
    var ccache = Path.Combine(work, "ccache");
    var buildKey = await BuildKey.ComputeAsync(config.Build, new ProcessRunner(), CancellationToken.None);
    (string Kind, double Seconds)[] BuildsIn(string workDir) => CachingBuilder.CachedBuilds(buildKey.DirectoryIn(Path.Combine(workDir, "artifacts"))).Values
        .Where(b => b.Kind != BuildKind.Cached)
        .Select(b => (Kind: b.Kind.ToString().ToLowerInvariant(), b.Seconds))
        .ToArray();

    // 1. From cold: an empty work dir and an empty ccache. Interrupted for real when asked, then resumed by the same command.
    var coldWork = Path.Combine(work, "bisector-cold");
    Console.WriteLine(options.InterruptAfterStep is { } at ? $"== Bisector from cold, interrupted (SIGINT) at search step {at + 1}, then resumed" : "== Bisector from cold (empty work dir, empty ccache)");
    var cold = new List<BisectorRun>();
    cold.Add(await BisectorProcess.RunAsync(RunArgs(coldWork), Path.Combine(work, "report-cold-1"), options.InterruptAfterStep + 1, ccache, Console.Out));
    if (options.InterruptAfterStep is not null)
    {
        cold.Add(await BisectorProcess.RunAsync(RunArgs(coldWork), Path.Combine(work, "report-cold-2"), null, ccache, Console.Out));
    }

    // 2. The same work dir with its builds, samples and checkouts gone, on the ccache the cold run filled: a second
    // bisection of the same project (another range), or the nightly job. The checkouts come back at the same paths, as
    // ccache needs for builds with -g (it hashes the compiler's working directory into them).
    var coldBuilds = BuildsIn(coldWork);
    foreach (var folder in new[] { "artifacts", "journal", "checkouts" }.Select(name => Path.Combine(coldWork, name)).Where(Directory.Exists))
    {
        Directory.Delete(folder, recursive: true);
    }

    Console.WriteLine("== Bisector with a warm ccache (the work dir's builds, samples and checkouts removed)");
    var warmCcache = await BisectorProcess.RunAsync(RunArgs(coldWork), Path.Combine(work, "report-ccache"), null, ccache, Console.Out);
    var ccacheBuilds = BuildsIn(coldWork);

    // 3. The same command again: every build and sample is in the work dir.
    Console.WriteLine("== Bisector again, same command (warm)");
    var warm = await BisectorProcess.RunAsync(RunArgs(coldWork), Path.Combine(work, "report-warm"), null, ccache, Console.Out);

    // 4. By hand.
    BaselineRun? baseline = null;
    BaselineRun? equalAccuracy = null;
    if (!options.SkipBaseline)
    {
        Console.WriteLine($"== By hand: git bisect run, rebuild in place, median of {options.BaselineRuns} vs the endpoints' midpoint");
        // By SHA, as Bisector resolved them: git bisect does not know that v3.11 means v3.11.2.
        string Sha(string endpoint) => warm.Report.GetProperty(endpoint).GetProperty("sha").GetString()!;
        baseline = await ByHandBaseline.RunAsync(repo, config, benchmark, Sha("good"), Sha("bad"), options.BaselineRuns, Path.Combine(work, "by-hand"), Console.Out);
        if (options.EqualAccuracyRuns is { } n)
        {
            Console.WriteLine($"== By hand at equal accuracy: median of {n} vs the endpoints' midpoint");
            equalAccuracy = await ByHandBaseline.RunAsync(repo, config, benchmark, Sha("good"), Sha("bad"), n, Path.Combine(work, "by-hand-equal"), Console.Out);
        }
    }

    // 5. Multisection from cold: k commits a round, each run with its own empty ccache.
    var multisections = new List<(int Jobs, BisectorRun Run)>();
    foreach (var jobs in options.Jobs)
    {
        Console.WriteLine($"== Bisector from cold, multisection --jobs {jobs}");
        var k = jobs.ToString(CultureInfo.InvariantCulture);
        multisections.Add((jobs, await BisectorProcess.RunAsync(
            RunArgs(Path.Combine(work, $"bisector-jobs-{k}"), "--jobs", k), Path.Combine(work, $"report-jobs-{k}"), null, Path.Combine(work, $"ccache-jobs-{k}"), Console.Out)));
    }

    var final = cold[^1];
    string ByKind((string Kind, double Seconds)[] builds) =>
        builds.Length == 0 ? "0" : string.Join(", ", builds.GroupBy(b => b.Kind).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}"));
    var rangeLength = final.Report.GetProperty("rangeLength").GetInt32();
    var skipped = final.Report.GetProperty("steps").EnumerateArray().Count(s => s.GetProperty("verdict").GetString() is "skip" or "unknown");
    var bound = new BisectionSearch(Math.Max(rangeLength, 1)).EstimatedStepsLeft() + 3 + skipped;
    var coldSeconds = cold.Sum(r => r.Seconds);
    string S(double seconds) => seconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";
    string Mark(string? sha) => sha is null ? "none" : $"{sha[..10]}{(expected is null ? "" : sha == expected ? " (expected)" : " (WRONG)")}";
    string Ahead(BisectorRun run) => run.Report.GetProperty("search") is { ValueKind: System.Text.Json.JsonValueKind.Object } search
        ? $"{search.GetProperty("builtAhead").GetInt32()} ({search.GetProperty("builtAheadUsed").GetInt32()} used)"
        : "-";

    Console.WriteLine();
    Console.WriteLine($"Range: {rangeLength} commits on the first-parent line; ceil(log2 N) + 3 = {bound - skipped}{(skipped > 0 ? $", + {skipped} skipped" : "")}");
    Console.WriteLine();
    Console.WriteLine("| | Bisector, cold" + (cold.Count > 1 ? " (interrupted + resumed)" : "") + " | Bisector, warm ccache | Bisector, warm re-run | by hand (git bisect run) |");
    Console.WriteLine("|---|---|---|---|---|");
    Console.WriteLine($"| time to the culprit | {S(coldSeconds)} | {S(warmCcache.Seconds)} | {S(warm.Seconds)} | {(baseline is null ? "not run" : S(baseline.Seconds))} |");
    var coldConfirmed = final.AfterConfirmed is { } after ? coldSeconds - after : (double?)null;
    string Maybe(double? seconds) => seconds is { } value ? S(value) : "-";
    Console.WriteLine($"| of it, to the re-check that held | {Maybe(coldConfirmed)} | {Maybe(warmCcache.ToConfirmed)} | {Maybe(warm.ToConfirmed)} | |");
    Console.WriteLine($"| builds by kind | {ByKind(coldBuilds)} | {ByKind(ccacheBuilds)} | {warm.Builds} | {baseline?.Builds.ToString(CultureInfo.InvariantCulture) ?? ""} in place |");
    Console.WriteLine($"| of them built ahead (used) | {Ahead(final)} | {Ahead(warmCcache)} | {Ahead(warm)} | |");
    Console.WriteLine($"| build seconds | {S(cold.Sum(r => r.BuildSeconds))} | {S(warmCcache.BuildSeconds)} | {S(warm.BuildSeconds)} | {(baseline is null ? "" : S(baseline.BuildSeconds))} |");
    Console.WriteLine($"| benchmark seconds | {S(cold.Sum(r => r.BenchmarkSeconds))} | {S(warmCcache.BenchmarkSeconds)} | {S(warm.BenchmarkSeconds)} | {(baseline is null ? "" : S(baseline.Seconds - baseline.BuildSeconds))} |");
    Console.WriteLine($"| samples | {final.Samples} | {warmCcache.Samples} | {warm.Samples} | {(baseline is null ? "" : $"{options.BaselineRuns} per commit")} |");
    // The floor: what these runs' comparisons need at the least, and the time they would take with no sample above it.
    var (coldFloor, ccacheFloor) = (SampleFloor.Of(final, config.Statistics), SampleFloor.Of(warmCcache, config.Statistics));
    double PerSample(IReadOnlyList<BisectorRun> runs) => runs.Sum(r => r.BenchmarkSeconds) / Math.Max(1, runs.Sum(r => r.SamplesTaken));
    var perSample = PerSample(cold);
    var coldAtFloor = coldSeconds - ((coldFloor.Timed - coldFloor.Floor) * perSample);
    var ccacheAtFloor = warmCcache.Seconds - ((ccacheFloor.Timed - ccacheFloor.Floor) * PerSample([warmCcache]));
    Console.WriteLine($"| timed samples (the tests' floor) | {coldFloor.Timed} ({coldFloor.Floor}) | {ccacheFloor.Timed} ({ccacheFloor.Floor}) | reused | {(baseline is null ? "" : $"{baseline.Builds * options.BaselineRuns} ({options.BaselineRuns} per build)")} |");
    Console.WriteLine($"| time at the floor | {S(coldAtFloor)} | {S(ccacheAtFloor)} | | |");
    Console.WriteLine($"| culprit | {Mark(final.Culprit)} | {Mark(warmCcache.Culprit)} | {Mark(warm.Culprit)} | {(baseline is null ? "" : Mark(baseline.Culprit))} |");
    if (baseline is not null)
    {
        Console.WriteLine($"| time / by hand | {coldSeconds / baseline.Seconds:0.00}x | {warmCcache.Seconds / baseline.Seconds:0.00}x | {warm.Seconds / baseline.Seconds:0.00}x | 1.00x |");
        Console.WriteLine($"| at the floor / by hand | {coldAtFloor / baseline.Seconds:0.00}x | {ccacheAtFloor / baseline.Seconds:0.00}x | | |");
    }

    if (equalAccuracy is not null)
    {
        Console.WriteLine();
        Console.WriteLine($"By hand at equal accuracy (median of {options.EqualAccuracyRuns} per commit): {S(equalAccuracy.Seconds)}, {equalAccuracy.Builds} builds, culprit {Mark(equalAccuracy.Culprit)}; " +
            $"Bisector cold / it: {coldSeconds / equalAccuracy.Seconds:0.00}x, warm ccache / it: {warmCcache.Seconds / equalAccuracy.Seconds:0.00}x");
        if (coldConfirmed is { } toCold && warmCcache.ToConfirmed is { } toWarm)
        {
            Console.WriteLine($"   to the re-check that held (the answer the script gives, verified; what follows explains and checks it): " +
                $"cold / it: {toCold / equalAccuracy.Seconds:0.00}x, warm ccache / it: {toWarm / equalAccuracy.Seconds:0.00}x");
        }
    }

    Console.WriteLine();
    Console.WriteLine("   the floor: the timed samples these comparisons need at the least (endpoints and re-check in paired rounds, each tested commit in " +
        "rounds of good, commit and bad), each at the smallest size at which its test can reach the config's alpha; the time at the floor takes " +
        "the samples above it away at the run's mean seconds per benchmark run.");

    if (multisections.Count > 0)
    {
        // One machine per worker: a round takes as long as its slowest build, and samples never overlap, whatever k is. The
        // builds are timed here, where the round's builds shared the cores (and a checkout's first build found the ccache
        // its sibling filled, as a node on the shared cache does): alone on a machine each would take at most as long.
        var rest = coldSeconds - cold.Sum(r => r.SearchBuilds.Seconds) - (3 * final.SearchSamples * perSample);
        Console.WriteLine();
        Console.WriteLine($"Multisection from cold, on this machine ({Environment.ProcessorCount} cores) and modelled with one machine per worker:");
        Console.WriteLine();
        Console.WriteLine("| k | rounds | commits tested | builds | time here | modelled, a machine per worker | culprit |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        Console.WriteLine($"| 1 | {final.Rounds} | {final.Tested} | {cold.Sum(r => r.Builds)} | {S(coldSeconds)} | {S(coldSeconds)} (measured) | {Mark(final.Culprit)} |");
        foreach (var (jobs, run) in multisections)
        {
            var modelled = rest + run.RoundBuilds.GroupBy(step => step.Round).Sum(round => round.Max(step => step.Seconds)) + (3 * run.SearchSamples * perSample);
            Console.WriteLine($"| {jobs} | {run.Rounds} | {run.Tested} | {run.Builds} | {S(run.Seconds)} ({jobs} checkouts building on {Environment.ProcessorCount} cores) | {S(modelled)} | {Mark(run.Culprit)} |");
        }

        Console.WriteLine();
        Console.WriteLine($"   modelled: the cold bisection's time outside the search ({S(rest)}: endpoints, re-check, instruction check), plus per round " +
            "its slowest build as timed here (sharing the cores with the round's other builds: alone it would take at most that), plus each tested " +
            $"commit's rounds of three samples ({S(perSample)} a sample).");
    }

    Console.WriteLine();
    Console.WriteLine("Bisector's builds by kind, from cold (from the artifact cache):");
    foreach (var kind in new[] { "clean", "incremental" })
    {
        var of = coldBuilds.Where(b => b.Kind == kind).ToArray();
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

    foreach (var (name, run) in new[] { ("cold", final), ("warm ccache", warmCcache) }.Concat(multisections.Select(m => ($"--jobs {m.Jobs}", m.Run))))
    {
        if (run.ExitCode != 0 || run.Culprit is null)
        {
            failures.Add($"bisector ({name}) ended with {run.Status} (exit {run.ExitCode})");
        }
        else if (expected is not null && run.Culprit != expected)
        {
            failures.Add($"bisector ({name}) named {run.Culprit}, expected {expected}");
        }
    }

    // Builds ahead that the search did not need are the price of not waiting; the bound is on the builds it tested.
    var searched = cold.Sum(r => r.Builds - r.UnusedAhead);
    if (searched > bound)
    {
        failures.Add($"{searched} builds, more than ceil(log2 {rangeLength}) + 3{(skipped > 0 ? $" + {skipped}" : "")} = {bound}");
    }

    if (warm.Builds != 0 || warm.Culprit != final.Culprit)
    {
        failures.Add($"the warm re-run built {warm.Builds} commits and named {warm.Culprit}");
    }

    if (multisections.Any(m => m.Run.Rounds > final.Rounds))
    {
        failures.Add($"a multisection took more rounds than the bisection's {final.Rounds}: {string.Join(", ", multisections.Select(m => $"k={m.Jobs}: {m.Run.Rounds}"))}");
    }

    var clean = coldBuilds.Where(b => b.Kind == "clean").Select(b => b.Seconds).DefaultIfEmpty().Max();
    var incremental = coldBuilds.Where(b => b.Kind == "incremental").Select(b => b.Seconds).ToArray();
    if (clean > 0 && incremental.Length > 0)
    {
        Console.WriteLine($"An incremental build took {S(incremental.Average())} on average, {incremental.Average() / clean * 100:0}% of the slowest clean build ({S(clean)}).");
    }

    Console.WriteLine($"The warm re-run took {warm.Seconds / coldSeconds * 100:0.0}% of the cold run's time; with a warm ccache, {warmCcache.Seconds / coldSeconds * 100:0.0}%.");
    Console.WriteLine();
    Console.WriteLine(failures.Count == 0 ? "cost bench: all checks hold" : "cost bench: FAILED\n" + string.Join("\n", failures.Select(f => $"   {f}")));
    return failures.Count == 0 ? 0 : 1;
}
