using Bisector.Core.Configuration;
using Bisector.Core.Domain;
using Bisector.Core.Explain;
using Bisector.Core.Session;
using Bisector.Core.Statistics;
using Bisector.Execution.Benchmarks;
using Bisector.Execution.Building;
using Bisector.Execution.Journal;
using Bisector.Execution.Processes;
using Bisector.Execution.Profiling;
using Bisector.Git.Checkout;
using Bisector.Git.Revert;

namespace Bisector.Cli.Hosting;

/// <summary>
/// A benchmark ready to measure: the config and the benchmark with the command line's overrides, this machine's tools,
/// the pinned runner, the build key, and (once opened) the private checkout, the builder and the journal.
/// </summary>
internal sealed class BenchmarkSetup : IDisposable
{
    private readonly CliHost _host;
    private readonly HostOptions _options;
    private readonly List<PrivateCheckout> _checkouts = [];
    private BuilderPool? _builders;
    private RevertStore? _reverts;

    private BenchmarkSetup(CliHost host, HostOptions options, BisectConfig config, BenchmarkSettings benchmark, StatisticsOptions statistics, ProcessRunner processes, IProcessRunner executor, MachineTools tools, string pinning, BuildKey buildKey)
    {
        _host = host;
        _options = options;
        Executor = executor;
        Config = config;
        Benchmark = benchmark;
        Statistics = statistics;
        Processes = processes;
        Tools = tools;
        Pinning = pinning;
        BuildKey = buildKey;
        Runner = new CommandBenchmarkRunner(benchmark, executor, tools, host.WorkDirectory.Scratch, host.Log) { WaitForQuiet = options.WaitForQuiet };
        MeasurementKey = MeasurementKey.Of(config.Name, buildKey, benchmark, Runner.MetricDescription);
        JournalPath = host.WorkDirectory.Journal(MeasurementKey);
        TimingPath = host.WorkDirectory.Timing(config.Name, benchmark.Name, benchmark.Metric.Name);
    }

    public BisectConfig Config { get; }

    public BenchmarkSettings Benchmark { get; }

    public StatisticsOptions Statistics { get; }

    public ProcessRunner Processes { get; }

    /// <summary>Where builds and samples run: <see cref="Processes"/> here, or jobs on a Slurm cluster (--executor slurm).</summary>
    public IProcessRunner Executor { get; }

    public MachineTools Tools { get; }

    /// <summary>Where the samples run, in words ("pinned to CPU 1 (the last CPU this process may use)").</summary>
    public string Pinning { get; }

    public BuildKey BuildKey { get; }

    /// <summary>Whether a bisection builds the next commits while one is measured (<see cref="BuildAheadPolicy"/>).</summary>
    public bool BuildsAhead => BuildAheadPolicy.BuildsAhead(_options.BuildAhead, Benchmark, _options.Executor, System.Environment.ProcessorCount);

    public CommandBenchmarkRunner Runner { get; }

    /// <summary>What makes two samples comparable: the journal's file and the nightly history's series are keyed by it.</summary>
    public MeasurementKey MeasurementKey { get; }

    public string JournalPath { get; }

    public string TimingPath { get; }

    public string ArtifactCache => BuildKey.DirectoryIn(_host.WorkDirectory.Artifacts);

    public static async Task<BenchmarkSetup> CreateAsync(CliHost host, HostOptions options, string configSha, CancellationToken cancellationToken)
    {
        var config = ConfigLocator.Locate(options.Config, host.Graph, configSha);
        var benchmark = config.Benchmark(options.Benchmark);
        if (options.Metric is { } metric)
        {
            benchmark = benchmark with { Metric = metric, Unit = metric == benchmark.Metric ? benchmark.Unit : metric.Unit };
        }

        var statistics = config.Statistics with { Direction = options.Direction };
        if (options.MaxSamples is { } max)
        {
            statistics = statistics.WithMaxSamples(max);
        }

        if (options.ThresholdPercent is { } threshold)
        {
            statistics = statistics with { ThresholdPercent = threshold };
        }

        if (options.Jobs is < 1 or > MaxJobs)
        {
            throw new UsageException($"--jobs {options.Jobs}: give the number of commits to test at once, 1 to {MaxJobs}.");
        }

        var processes = new ProcessRunner();
        var executor = options.Executor switch
        {
            ExecutorKind.Local => (IProcessRunner)processes,
            ExecutorKind.Slurm => await SlurmProcessRunner.ConnectAsync(processes, host.WorkDirectory.SlurmJobs, host.Log, cancellationToken).ConfigureAwait(false),
            var other => throw new ArgumentOutOfRangeException(nameof(options), other, "an executor without a runner"),
        };
        var tools = await MachineTools.DetectAsync(processes, cancellationToken).ConfigureAwait(false);
        var (cpu, pinning) = CpuPinning.Choose(options.Cpu ?? benchmark.Cpu, tools.Taskset);
        var buildKey = await BuildKey.ComputeAsync(config.Build, processes, cancellationToken).ConfigureAwait(false);
        return new BenchmarkSetup(host, options, config, benchmark with { Cpu = cpu }, statistics, processes, executor, tools, pinning, buildKey);
    }

    /// <summary>Fails with what to do when this machine cannot measure the benchmark's metric.</summary>
    public void RequireSupported()
    {
        if (Runner.Unsupported() is { } problem)
        {
            throw new UsageException($"{Config.SourcePath}: benchmarks.{Benchmark.Name}.metric: {problem}.");
        }
    }

    /// <summary>Most commits a round may test at once.</summary>
    public const int MaxJobs = 32;

    /// <summary>
    /// The builders over the config's private checkouts: --jobs of them, or two for a bisection that builds ahead. Each
    /// checkout opens on its first build and closes with the setup.
    /// </summary>
    public BuilderPool OpenBuilder()
    {
        _host.Log.Information("Build key {BuildKey}, journal {Journal}", BuildKey.Hash, JournalPath);
        var capacity = Math.Max(_options.Jobs, BuildsAhead ? 2 : 1);
        return _builders ??= new BuilderPool(capacity, OpenCheckoutBuilder);
    }

    private CachingBuilder OpenCheckoutBuilder(int index)
    {
        // A revert check builds commits of Bisector's own revert store: the checkouts borrow its objects beside the user's.
        // Once the work dir has one, every command's checkouts do, since a checkout may still stand on a revert an
        // earlier run built (its HEAD would not resolve without the store, and libgit2 cannot check out from there).
        var checkout = _options.RevertCheck || Directory.Exists(RevertsDirectory)
            ? PrivateCheckout.Open(_host.Graph.ObjectsDirectory, _host.WorkDirectory.Checkout(Config.Name, index), Reverts().ObjectsDirectory)
            : PrivateCheckout.Open(_host.Graph.ObjectsDirectory, _host.WorkDirectory.Checkout(Config.Name, index));
        lock (_checkouts)
        {
            _checkouts.Add(checkout);
        }

        return new CachingBuilder(Config.Build, BuildKey, checkout, _host.WorkDirectory.Artifacts, Executor, _host.Log, WorkDirectory.SharedCcache())
        {
            BackgroundCpus = CpuPinning.Others(Benchmark.Cpu),
            ConfigureCacheDirectory = WorkDirectory.SharedConfigureCache(),
        };
    }

    public JsonlJournal OpenJournal() => new(JournalPath);

    /// <summary>The work dir's revert store, opened once.</summary>
    private RevertStore Reverts()
    {
        lock (_checkouts)
        {
            return _reverts ??= RevertStore.Open(_host.Graph.ObjectsDirectory, RevertsDirectory);
        }
    }

    private string RevertsDirectory => Path.Combine(_host.WorkDirectory.Root, "reverts");

    /// <summary>A session over this setup's builder, runner, journal and statistics, telling <paramref name="observer"/> how it goes.</summary>
    public BisectSession Session(BuilderPool builder, Core.Abstractions.ISessionObserver observer) =>
        new(_host.Graph, builder, Runner, OpenJournal(), new VerdictEngine(Statistics), observer, InstructionProbe())
        {
            Workers = _options.Jobs,
            BuildAheadEnabled = BuildsAhead,
            Executor = _options.Executor,
            Reverter = _options.RevertCheck ? new StoreReverter(Reverts()) : null,
        };

    /// <summary>What a session is asked: the two revisions as the user wrote them, and this benchmark.</summary>
    public BisectRequest Request(string good, string bad) => new(good, bad, Benchmark.Name, Runner.MetricDescription, Benchmark.Unit);

    /// <summary>The result with this machine's description (and the run's load) and the commands that reproduce it.</summary>
    public async Task<BisectResult> DescribedAsync(BisectResult result, string reproduce) => result with
    {
        Environment = (await DescribeMachineAsync(CancellationToken.None).ConfigureAwait(false)) with { Load = Reporting.ReportText.OverallLoad(result) },
        Commands = Commands(reproduce) with { Checkout = CheckoutCommand(result.Culprit ?? result.Bad?.Commit) },
    };

    /// <summary>
    /// A clone of the repository at <paramref name="commit"/> in a new folder of the current one, entered: where the
    /// build and benchmark commands run as written. Null without a commit.
    /// </summary>
    private string? CheckoutCommand(CommitInfo? commit)
    {
        if (commit is null)
        {
            return null;
        }

        var folder = $"{Path.GetFileName(Path.TrimEndingDirectorySeparator(_host.Graph.RootDirectory))}-{commit.ShortSha}";
        return $"{HostArguments.Join(["git", "clone", "--quiet", _host.Graph.RootDirectory, folder])} && cd {HostArguments.Join([folder])} && git checkout --quiet --detach {commit.Sha}";
    }

    public InstructionProbe? InstructionProbe() => InstructionProbes.For(Benchmark, Tools, Processes, _host.WorkDirectory.Scratch, _host.Log);

    public CulpritExplainer Explainer(Core.Abstractions.IBuilder builder, Core.Abstractions.ISessionObserver observer) =>
        new(_host.Graph, builder, new CommandProfiler(Benchmark, Processes, Tools, _host.WorkDirectory.Scratch, _host.Log), observer);

    /// <summary>
    /// The build and benchmark commands, filled in to run as written in the commit's checkout: {cores} and {config} as the
    /// build used them, {artifacts} and {worktree} as the checkout itself (the artifacts are the build's files at the same paths).
    /// </summary>
    public ReproduceCommands Commands(string reproduce) =>
        new(
            InvokedCommand.Rewrite(reproduce),
            Config.Build.Environment.Select(e => $"export {e.Key}={Shell.Quote(e.Value)}").Concat(Config.Build.Commands.Select(Filled)).ToArray(),
            Filled(Benchmark.Command));

    private string Filled(string command) => command
        .Replace("{cores}", System.Environment.ProcessorCount.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{config}", Shell.Quote(InvokedCommand.ConfigSource(Config.Build.ConfigDirectory)), StringComparison.Ordinal)
        .Replace("{artifacts}", ".", StringComparison.Ordinal)
        .Replace("{worktree}", ".", StringComparison.Ordinal);

    /// <summary>The machine, compiler and tools, as the report states them.</summary>
    public Task<RunEnvironment> DescribeMachineAsync(CancellationToken cancellationToken) =>
        RunEnvironmentProbe.DescribeAsync(Config.Build, Processes, cancellationToken);

    /// <summary>Prints why a bisection does not build ahead here, where the machine decided it (not the user).</summary>
    public void AnnounceBuildAhead()
    {
        if (BuildAheadPolicy.Held(_options.BuildAhead, Benchmark, _options.Executor, System.Environment.ProcessorCount) is { } held)
        {
            _host.Output.WriteLine($"   {held}");
        }
    }

    /// <summary>Prints what is about to be measured, and how.</summary>
    public void Announce(string what)
    {
        _host.Output.WriteLine($"Bisector: {what} in {_host.Graph.RootDirectory}");
        _host.Output.WriteLine($"   config {Config.SourcePath}, benchmark {Benchmark.Name}, metric {Runner.MetricDescription}, work dir {_host.WorkDirectory.Root}");
        _host.Output.WriteLine($"   samples {Pinning}; each verdict compares runs taken back to back");
    }

    public void Dispose()
    {
        _builders?.Dispose();
        _reverts?.Dispose();
        foreach (var checkout in _checkouts)
        {
            checkout.Dispose();
        }
    }
}
