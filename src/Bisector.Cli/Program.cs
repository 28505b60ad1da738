using System.CommandLine;
using Bisector.Cli;
using Bisector.Cli.Commands;
using Bisector.Cli.Hosting;
using Bisector.Core.Configuration;
using Bisector.Core.Domain;
using Bisector.Core.Statistics;
using Bisector.Git.Samples;
using Bisector.Reporting.Text;

var verbosity = new Option<Verbosity>("--verbosity", "-v") { Description = "quiet, normal, detailed or diagnostic (log lines on stderr)" }.OneOf(Verbosities.All);
var workDir = new Option<string?>("--work-dir") { Description = "Where checkouts, builds, samples and logs are kept (default: ~/.cache/bisector/<repo>-<hash>)" };
var reportDir = new Option<string?>("--report-dir") { Description = "Where report.json, report.md and report.html go (default: a new folder under the work dir)" };
var benchmark = new Option<string?>("--benchmark", "-b") { Description = "Benchmark from the config (default: the config's defaultBenchmark)" };

var good = new Option<string>("--good", "-g") { Description = "A revision where the benchmark is fast (tag, branch, SHA, REV~N)", Required = true };
var bad = new Option<string>("--bad") { Description = "A revision where the benchmark is slow", Required = true };
var repo = new Option<string>("--repo") { Description = "The git repository (default: the current directory)", DefaultValueFactory = _ => "." };
var config = new Option<string?>("--config", "-c") { Description = "Bisect config JSON (default: the one in bisect-configs/ that fits the repository)" };
var maxSamples = new Option<int?>("--max-samples") { Description = "Most samples per commit before it counts as unknown (default from the config, 40)" }.Whole(ValueRules.Samples, ValueRules.IsSamples);
var threshold = new Option<double?>("--threshold") { Description = "Smallest slowdown worth bisecting, in percent (default from the config, 5)" }.Number(ValueRules.ThresholdPercent, ValueRules.IsThresholdPercent);
var metric = new Option<Metric?>("--metric") { Description = "Override the benchmark's metric: wall-time, cpu-time, instructions, callgrind or output" }.OneMetric();
var cpu = new Option<string?>("--cpu") { Description = "Pin every sample to this CPU (taskset list); 'auto' (default: the last CPU) or 'none'" }.CpuList();
var direction = new Option<Direction>("--direction") { Description = "slower (find a regression) or faster (find the commit that made it faster)" }.OneOf(Directions.All);
var waitForQuiet = new Option<bool>("--wait-for-quiet") { Description = "Before each round of samples, wait until the rest of the machine is quiet" };
var dryRun = new Option<bool>("--dry-run") { Description = "Show the range, the expected number of steps and builds, and an estimate of the time; build and measure nothing" };

var alsoInstructions = new Option<bool>("--also-instructions") { Description = "When time shows no slowdown but the endpoints' instruction count rose, go on to bisect by instructions, reusing every build" };
var jobs = new Option<int>("--jobs", "-j") { Description = "Commits tested in each round: 1 bisects; k builds k commits at once and splits the range into k + 1 parts (multisection)", DefaultValueFactory = _ => 1 }.Whole($"must be the number of commits to test at once, 1 to {BenchmarkSetup.MaxJobs}", n => n is >= 1 and <= BenchmarkSetup.MaxJobs);
var executor = new Option<ExecutorKind>("--executor") { Description = "Where builds and samples run: local (this machine) or slurm (sbatch jobs; the work dir must be shared with the nodes)" }.OneOf(Executors.All);
var noBuildAhead = new Option<bool>("--no-build-ahead") { Description = "Do not build the next commits of a bisection in the background while one is measured" };
var buildAhead = new Option<bool>("--build-ahead") { Description = "Build the next commits while one is measured even beside timed samples on a machine of two CPUs or fewer (off there by default)" };
var probes = new Option<int?>("--probes") { Description = "On a metric that repeats exactly, commits probed inside each segment whose ends agree, to find a rise and its undoing between them (default: about log2 of its length; 0 trusts agreeing ends)" }.Whole("must be a whole number of commits, 0 or more", n => n >= 0);
var noRevertCheck = new Option<bool>("--no-revert-check") { Description = "Do not undo the culprit at bad and measure bad without it after the search" };
var layouts = new Option<int?>("--layouts") { Description = "Measure the pair compared (for run: the endpoints, and the culprit against its parent) over this many code layouts, each relinked with a pad of 16 bytes more, to tell a code change from where the code landed; 1 measures the default builds alone. Default: 8 when the endpoints' time and instruction counts disagree, else 1" }.Whole("must be a whole number of layouts, 1 or more", n => n >= 1);
var noMap = new Option<bool>("--no-map") { Description = "Name the one commit the search finds without mapping the range's other steps (on a time, the map is made only where the search leaves part of the change unexplained)" };
var noExplain = new Option<bool>("--no-explain") { Description = "Do not profile the culprit and its parent (perf, callgrind, objdump) after the search, nor the other steps of a mapped range" };

HostOptions Host(ParseResult parse) => new(parse.GetValue(repo)!, parse.GetValue(config), parse.GetValue(benchmark), parse.GetValue(workDir), parse.GetValue(reportDir), parse.GetValue(verbosity))
{
    Metric = parse.GetValue(metric),
    Cpu = parse.GetValue(cpu),
    Direction = parse.GetValue(direction),
    WaitForQuiet = parse.GetValue(waitForQuiet),
    MaxSamples = parse.GetValue(maxSamples),
    ThresholdPercent = parse.GetValue(threshold),
    // Only run takes these; the other measuring commands build and measure here, one commit at a time.
    Jobs = parse.GetResult(jobs) is null ? 1 : parse.GetValue(jobs),
    Executor = parse.GetResult(executor) is null ? ExecutorKind.Local : parse.GetValue(executor),
    BuildAhead = parse.GetValue(noBuildAhead) ? false : parse.GetValue(buildAhead) ? true : null,
};

var run = new Command("run", "Find the commit that made a benchmark slower") { good, bad, repo, config, benchmark, workDir, reportDir, maxSamples, threshold, metric, cpu, direction, waitForQuiet, jobs, executor, noBuildAhead, buildAhead, dryRun, alsoInstructions, probes, noMap, layouts, noExplain, noRevertCheck, verbosity };
run.SetAction((parse, ct) => RunCommand.ExecuteAsync(
    new RunOptions(parse.GetValue(good)!, parse.GetValue(bad)!, Host(parse) with { RevertCheck = !parse.GetValue(noRevertCheck) }, parse.GetValue(dryRun)) { Explain = !parse.GetValue(noExplain), AlsoInstructions = parse.GetValue(alsoInstructions), Probes = parse.GetValue(probes), Map = !parse.GetValue(noMap), Layouts = parse.GetValue(layouts) },
    Console.Out,
    ct));

var revisionA = new Argument<string>("baseline") { Description = "The revision to compare against (e.g. the release that was fast)" };
var revisionB = new Argument<string>("candidate") { Description = "The revision suspected of being slower" };
var compare = new Command("compare", "Measure two revisions against each other with the same statistics as run, time and instructions, and explain the difference; no search")
{
    revisionA, revisionB, repo, config, benchmark, workDir, reportDir, maxSamples, threshold, metric, cpu, direction, waitForQuiet, layouts, noExplain, verbosity,
};
compare.SetAction((parse, ct) => CompareCommand.ExecuteAsync(
    new CompareOptions(parse.GetValue(revisionA)!, parse.GetValue(revisionB)!, Host(parse)) { Explain = !parse.GetValue(noExplain), Layouts = parse.GetValue(layouts) },
    Console.Out,
    ct));

var revision = new Argument<string>("revision") { Description = "The revision to profile (e.g. the culprit)" };
var versus = new Option<string?>("--vs") { Description = "The revision to profile it against (default: its first parent)" };
var revertAt = new Option<string?>("--revert-at") { Description = "Also undo the revision on top of this later one (e.g. main) and measure that against it, with run's paired statistics" };
var profile = new Command("profile", "Profile a revision against another (perf, callgrind) and compare their machine code; measures no verdict unless --revert-at")
{
    revision, versus, revertAt, repo, config, benchmark, workDir, reportDir, cpu, maxSamples, threshold, verbosity,
};
profile.SetAction((parse, ct) => ProfileCommand.ExecuteAsync(
    new ProfileOptions(parse.GetValue(revision)!, parse.GetValue(versus), Host(parse) with { RevertCheck = parse.GetValue(revertAt) is not null }) { RevertAt = parse.GetValue(revertAt) },
    Console.Out,
    ct));

var demoWorkDir = new Option<string?>("--work-dir")
{
    Description = "Where the sample repository and its checkouts, builds, samples and logs are kept (default: the repository in " +
        $"{WorkDirectory.DemoRepository()} and the rest in {WorkDirectory.DefaultFor(WorkDirectory.DemoRepository())}, " +
        "the work dir of 'bisector run --repo' on that repository, so such a run reuses the demo's builds)",
};
var demo = new Command("demo", "Create the built-in minivm sample repository and bisect it") { demoWorkDir, reportDir, benchmark, noMap, noExplain, noRevertCheck, verbosity };
demo.SetAction((parse, ct) => DemoCommand.ExecuteAsync(
    new DemoOptions(parse.GetValue(demoWorkDir), parse.GetValue(reportDir), parse.GetValue(benchmark), parse.GetValue(verbosity))
    {
        Explain = !parse.GetValue(noExplain),
        Map = !parse.GetValue(noMap),
        RevertCheck = !parse.GetValue(noRevertCheck),
    },
    Console.Out,
    ct));

var directory = new Argument<string>("directory") { Description = "A new or empty folder" };
var create = new Command("create", "Write the minivm sample repository (63 commits, one regression) to a folder") { directory };
create.SetAction(parse =>
{
    try
    {
        WriteFailure.CreateDirectory(parse.GetValue(directory)!, "folder");
        SampleRepository.Create(parse.GetValue(directory)!);
        Console.WriteLine($"Created {Path.GetFullPath(parse.GetValue(directory)!)}: bisect it with --good v1.0 --bad main");
        return ExitCodeMapping.Done;
    }
    catch (UsageException ex)
    {
        return CliHost.Refuse(Console.Error, UsageText.Describe(ex));
    }
});
var sample = new Command("sample", "The built-in sample repository") { create };

var configFile = new Argument<string>("file") { Description = "The config to check" };
var check = new Command("check", "Load a config as a run would and say what is wrong, with its line and column") { configFile };
check.SetAction(parse => ConfigCommand.Check(parse.GetValue(configFile)!, Console.Out, Console.Error));
var initOutput = new Option<string?>("--output", "-o") { Description = $"Where to write it (default: {ConfigCommand.DefaultInitPath}); an existing file is never overwritten" };
var init = new Command("init", "Write a commented starter config for a make-based C project") { initOutput };
init.SetAction(parse => ConfigCommand.Init(parse.GetValue(initOutput), Console.Out, Console.Error));
var configCommand = new Command("config", "Write or check a bisect config") { check, init };

var branch = new Option<string>("--branch") { Description = "The branch whose first-parent line is measured", Required = true };
var nightlyBenchmarks = new Option<string[]>("--benchmark", "-b") { Description = "A benchmark of the config to measure; repeat for several (default: every benchmark of the config)", AllowMultipleArgumentsPerToken = false };
var database = new Option<string?>("--db") { Description = "The history database, one SQLite file (default: history.db in the work dir)" };
var since = new Option<string?>("--since") { Description = $"Where the first night starts (default: the branch's last {NightlyOptions.DefaultFirstNightCommits} commits)" };
var maxCommits = new Option<int>("--max-commits") { Description = "Most commits measured a night; when more arrived they are sampled evenly and the gaps filled on later nights", DefaultValueFactory = _ => NightlyOptions.DefaultMaxCommits }.Whole("must be a whole number of commits, at least 1", n => n >= 1);
var samples = new Option<int?>("--samples") { Description = "Samples per commit (default: 3 for callgrind, 5 otherwise)" }.Whole(ValueRules.Samples, ValueRules.IsSamples);
var waitForLock = new Option<int>("--wait-for-lock") { Description = "Seconds to wait when another nightly job holds the database (default: 0, fail at once naming it)" }.Whole("must be a whole number of seconds, 0 or more", n => n >= 0);
var nightly = new Command("nightly", "The nightly regression job: measure what arrived on a branch, find steps in each benchmark's history, bisect each new regression, alert once (exit 12)")
{
    branch, nightlyBenchmarks, database, since, maxCommits, samples, waitForLock, repo, config, workDir, reportDir, metric, cpu, threshold, maxSamples, waitForQuiet, noExplain, verbosity,
};
nightly.SetAction((parse, ct) => NightlyCommand.ExecuteAsync(
    new NightlyOptions(parse.GetValue(branch)!, parse.GetValue(nightlyBenchmarks) ?? [], parse.GetValue(database), Host(parse))
    {
        Since = parse.GetValue(since),
        MaxCommits = parse.GetValue(maxCommits),
        Samples = parse.GetValue(samples),
        Explain = !parse.GetValue(noExplain),
        WaitForLock = TimeSpan.FromSeconds(parse.GetValue(waitForLock)),
    },
    Console.Out,
    ct));

var historyBranch = new Option<string?>("--branch") { Description = "Only this branch's histories (default: all)" };
var historyOutput = new Option<string?>("--output", "-o") { Description = "Where the HTML goes (default: history.html in the work dir)" };
var acknowledge = new Option<long?>("--acknowledge") { Description = "Mark step #N (as history lists it) acknowledged: seen and accepted" }.Whole("must be a step number as bisector history lists it, e.g. 3", n => n >= 1);
var history = new Command("history", "Print a benchmark's history from the nightly database with its steps, and write it as HTML with a chart")
{
    benchmark, historyBranch, database, historyOutput, acknowledge, repo, workDir, verbosity,
};
history.SetAction((parse, ct) => HistoryCommand.ExecuteAsync(
    new HistoryOptions(parse.GetValue(historyBranch), parse.GetValue(database), parse.GetValue(historyOutput), Host(parse)) { Acknowledge = parse.GetValue(acknowledge) },
    Console.Out,
    ct));

var root = new RootCommand("Bisector: find the commit that made a C program slower, prove it with statistics, explain it with a profile") { run, compare, profile, demo, nightly, history, sample, configCommand };
root.Subcommands.Add(MachineCommand.Create());
var parseResult = root.Parse(args);
if (parseResult.Errors.Count > 0)
{
    // One line: the first problem, naming the option and what it accepts.
    return CliHost.Refuse(Console.Error, parseResult.Errors[0].Message);
}

// On Ctrl+C the action is cancelled and gets time to save its state and write an "interrupted" report.
return await parseResult.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromSeconds(60) });
