using Bisector.Core.Configuration;
using Bisector.Core.Session;
using Bisector.Execution.Processes;
using Serilog;

namespace Bisector.Execution.Benchmarks;

/// <summary>Chooses how to count a time benchmark's instructions on this machine, or says why it cannot.</summary>
public static class InstructionProbes
{
    /// <summary>Null when no check is wanted: the metric already counts instructions, or the config turned it off.</summary>
    public static InstructionProbe? For(BenchmarkSettings benchmark, MachineTools tools, ProcessRunner processes, string scratchDirectory, ILogger log)
    {
        var check = benchmark.InstructionCheck;
        if (!benchmark.MeasuresTime || !check.Enabled)
        {
            return null;
        }

        var metric = check.Metric ?? (tools.PerfInstructions ? Metric.Instructions : Metric.Callgrind);
        var counting = benchmark with
        {
            Command = check.Command ?? benchmark.Command,
            Metric = metric,
            Unit = metric.Unit,
            // One plain run of a build before its first count: what a first run does once (Python compiling its
            // .pyc files, a loader filling a cache) is not the program's work, and made CPython's first count 9 % higher.
            Warmup = 1,
            Timeout = check.Timeout,

            // A count does not change with the CPU or with load: counts run unpinned, one per core at once.
            Cpu = null,
        };
        var runner = new CommandBenchmarkRunner(counting, processes, tools, scratchDirectory, log);
        return runner.Unsupported() is { } problem
            ? InstructionProbe.Missing(problem)
            : InstructionProbe.Using(runner, metric.Name, check.Samples, parallel: Environment.ProcessorCount);
    }
}
