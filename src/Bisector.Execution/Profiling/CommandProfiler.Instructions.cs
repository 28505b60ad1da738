using Bisector.Core.Abstractions;
using Bisector.Core.Explain;
using Bisector.Execution.Benchmarks;

namespace Bisector.Execution.Profiling;

/// <summary>Instruction profiles: one callgrind run of the instruction check's command.</summary>
public sealed partial class CommandProfiler
{
    public async Task<Probed<InstructionProfile>> CountInstructionsAsync(BuildOutcome build, CancellationToken cancellationToken)
    {
        if ((tools.Valgrind ? CannotRunBenchmark() : "callgrind needs valgrind: apt-get install valgrind") is { } problem)
        {
            return Probed<InstructionProfile>.Missing(problem);
        }

        // The instruction check's own command when the config has one: callgrind runs ~50 times slower than the benchmark.
        var check = settings.InstructionCheck;
        var counted = settings with { Command = check.Command ?? settings.Command };
        var folder = NewScratch("callgrind");
        try
        {
            var command = BenchmarkCommand.Wrapped(
                counted,
                build,
                "valgrind --tool=callgrind --dump-instr=yes --dump-line=yes --compress-pos=no --compress-strings=no --trace-children=yes " +
                $"--callgrind-out-file={Shell.Quote(folder)}/cg.%p");
            var result = await RunAsync(command, build.ArtifactDirectory, check.Timeout, cancellationToken).ConfigureAwait(false);
            if (!result.Success)
            {
                return Probed<InstructionProfile>.Missing(Failed("callgrind", result, check.Timeout));
            }

            // Every process the run started is summed (bash's own startup included, when bash does not exec the
            // benchmark), as the callgrind metric sums them: totals then match what the bisection measured.
            var files = Directory.EnumerateFiles(folder, "cg.*").Order(StringComparer.Ordinal).ToList();
            if (files.Count == 0)
            {
                return Probed<InstructionProfile>.Missing("callgrind wrote no output file");
            }

            var profile = CallgrindProfileParser.Parse(files.Select(File.ReadLines));
            log.Debug("callgrind counted {Instructions} instructions of {Artifacts} in {Files} processes", profile.Functions.Total, build.ArtifactDirectory, files.Count);
            return Probed<InstructionProfile>.Of(profile);
        }
        finally
        {
            DeleteScratch(folder);
        }
    }
}
