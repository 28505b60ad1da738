using Bisector.Core.Abstractions;
using Bisector.Core.Explain;
using Bisector.Execution.Benchmarks;
using Bisector.Execution.Processes;

namespace Bisector.Execution.Profiling;

/// <summary>Time profiles: perf record, run until enough samples are summed.</summary>
public sealed partial class CommandProfiler
{
    private PerfSupport? _perf;

    public async Task<Probed<Profile>> RecordTimeAsync(BuildOutcome build, CancellationToken cancellationToken)
    {
        var perf = _perf ??= await ProbePerfAsync(cancellationToken).ConfigureAwait(false);
        if ((perf.Problem ?? CannotRunBenchmark()) is { } problem)
        {
            return Probed<Profile>.Missing(problem);
        }

        var folder = NewScratch("perf");
        try
        {
            var inner = BenchmarkCommand.For(settings with { Command = settings.ProfileCommand ?? settings.Command }, build);
            var costs = new List<SymbolCost>();
            var offsets = new Dictionary<string, Dictionary<long, double>>(StringComparer.Ordinal);
            var runs = 0;
            var samples = 0.0;
            var repeat = 1;
            while (runs < MaxRuns && samples < TargetSamples)
            {
                var data = Shell.Quote(Path.Combine(folder, $"run{runs}.data"));
                var record = $"{Shell.Quote(Perf)} record {perf.RecordOptions} -F{Frequency} -N -q -o {data} -- bash -c {Shell.Quote(Repeated(inner, repeat))}";
                var result = await RunAsync(record, build.ArtifactDirectory, settings.Timeout * repeat, cancellationToken).ConfigureAwait(false);
                if (!result.Success)
                {
                    return Probed<Profile>.Missing(Failed("perf record", result, settings.Timeout * repeat));
                }

                var report = await RunAsync($"{Shell.Quote(Perf)} report -i {data} --stdio -q --no-children -F overhead,sample,dso,sym -g none -t ';'", folder, s_toolTimeout, cancellationToken).ConfigureAwait(false);
                var buildIds = await RunAsync($"{Shell.Quote(Perf)} buildid-list -i {data}", folder, s_toolTimeout, cancellationToken).ConfigureAwait(false);
                if (!report.Success)
                {
                    return Probed<Profile>.Missing($"perf report failed: {LastLines(report.StandardError)}");
                }

                var script = await RunAsync($"{Shell.Quote(Perf)} script -i {data} -F ip,sym,symoff -G", folder, s_toolTimeout, cancellationToken).ConfigureAwait(false);
                PerfReportParser.AddOffsets(script.StandardOutput, offsets);
                var run = PerfReportParser.Symbols(report.StandardOutput, PerfReportParser.Binaries(buildIds.StandardOutput));
                costs.AddRange(run);
                var taken = run.Sum(s => s.Cost);
                samples += taken;
                runs += repeat;

                // A benchmark too short for the samples wanted runs the rest of its runs in one recording, as many as the
                // samples per run so far say are needed: each recording costs perf's start and four reads of its data.
                var perRun = Math.Max(taken / repeat, 0.5);
                repeat = (int)Math.Clamp(Math.Ceiling((TargetSamples - samples) / perRun), 1, Math.Max(1, MaxRuns - runs));
            }

            log.Debug("perf record took {Samples} samples of {Artifacts} in {Runs} runs", samples, build.ArtifactDirectory, runs);
            return samples == 0
                ? Probed<Profile>.Missing("perf record took no samples: the benchmark ran for less than a sampling period")
                : Probed<Profile>.Of(new Profile("perf", perf.Event, samples, PerfReportParser.Sum(costs), perf.CallGraph, runs)
                {
                    OffsetSamples = offsets.ToDictionary(o => o.Key, o => (IReadOnlyDictionary<long, double>)o.Value, StringComparer.Ordinal),
                });
        }
        finally
        {
            DeleteScratch(folder);
        }
    }

    /// <summary>The benchmark's command run <paramref name="times"/> times in a row in one shell, stopping at the first that fails.</summary>
    private static string Repeated(string command, int times) =>
        times == 1 ? command : $"for _ in $(seq {times}); do {{\n{command}\n}} || exit $?; done";

    /// <summary>Whether perf is installed and may record here, whether the hardware counts cycles, and whether it has LBR call stacks.</summary>
    private async Task<PerfSupport> ProbePerfAsync(CancellationToken cancellationToken)
    {
        var folder = NewScratch("perf-probe");
        try
        {
            var perf = Shell.Quote(Perf);
            var data = Shell.Quote(Path.Combine(folder, "probe.data"));
            Task<ProcessResult> Probe(string command) => RunAsync(command, folder, s_toolTimeout, cancellationToken);

            if (!(await Probe($"command -v {perf}").ConfigureAwait(false)).Success)
            {
                return PerfSupport.Missing($"perf is not installed ({Perf} not found): apt-get install linux-perf (Debian) or linux-tools-generic (Ubuntu)");
            }

            // Run as root, perf record spends a second at each start listing the kernel's BPF programs, which a
            // benchmark's profile does not need; perf before 5.1 has no option to skip it.
            var quick = await Probe($"{perf} record -e cpu-clock --no-bpf-event -o {data} -- true").ConfigureAwait(false);
            var record = quick.Success ? quick : await Probe($"{perf} record -e cpu-clock -o {data} -- true").ConfigureAwait(false);
            if (!record.Success)
            {
                return PerfSupport.Missing(
                    $"perf may not record here (kernel.perf_event_paranoid is {Paranoia()}): run as root or allow it with " +
                    $"`sysctl kernel.perf_event_paranoid=1` ({LastLines(record.StandardError)})");
            }

            var cycles = await Probe($"{perf} stat -x, -e cycles true 2>&1 | grep -qE '^[0-9.]+,[^,]*,cycles'").ConfigureAwait(false);
            var @event = cycles.Success ? "cycles" : "cpu-clock";
            var options = $"-e {@event}{(quick.Success ? " --no-bpf-event" : string.Empty)}";
            var lbr = await Probe($"{perf} record {options} --call-graph lbr -o {data} -- true").ConfigureAwait(false);
            if (lbr.Success)
            {
                return new PerfSupport(null, @event, $"{options} --call-graph lbr", "lbr");
            }

            log.Debug("perf cannot record LBR call stacks here: {Reason}", LastLines(lbr.StandardError));
            return new PerfSupport(null, @event, $"{options} -g", "frame pointers (LBR not available on this CPU)");
        }
        finally
        {
            DeleteScratch(folder);
        }
    }

    private static string Paranoia()
    {
        try
        {
            return File.ReadAllText("/proc/sys/kernel/perf_event_paranoid").Trim();
        }
        catch (IOException)
        {
            return "unknown";
        }
    }
}
