using Bisector.Core.Abstractions;
using Bisector.Core.Configuration;
using Bisector.Execution.Processes;

namespace Bisector.Execution.Benchmarks.Toolchains;

/// <summary>Instructions executed under valgrind's callgrind, summed over every process of the benchmark.</summary>
internal sealed class CallgrindToolchain(bool valgrind) : MetricToolchain(Metric.Callgrind)
{
    public override string? Unsupported => valgrind ? null : "the callgrind metric needs valgrind: apt-get install valgrind";

    public override string Command(BenchmarkSettings settings, BuildOutcome build, string scratch) =>
        $"mkdir -p {Shell.Quote(scratch)} && " +
        BenchmarkCommand.Wrapped(settings, build, $"valgrind --tool=callgrind --trace-children=yes --callgrind-out-file={Shell.Quote(scratch)}/cg.%p");

    public override SampleOutcome Read(ProcessResult result, string scratch)
    {
        var totals = Directory.EnumerateFiles(scratch, "cg.*").Select(f => CallgrindParser.TotalInstructions(File.ReadAllText(f)) ?? 0).Sum();
        return totals == 0 ? SampleOutcome.Failure("callgrind wrote no instruction totals") : SampleOutcome.Of(totals);
    }
}
