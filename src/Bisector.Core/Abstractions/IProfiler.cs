using Bisector.Core.Explain;

namespace Bisector.Core.Abstractions;

/// <summary>Profiles a build running its benchmark and reads its machine code: perf, callgrind and objdump behind one seam.</summary>
public interface IProfiler
{
    /// <summary>Where the benchmark's time goes: sampled stacks (perf record), summed over a few runs.</summary>
    Task<Probed<Profile>> RecordTimeAsync(BuildOutcome build, CancellationToken cancellationToken);

    /// <summary>Where its instructions go: per function, per source line and per instruction (callgrind).</summary>
    Task<Probed<InstructionProfile>> CountInstructionsAsync(BuildOutcome build, CancellationToken cancellationToken);

    /// <summary>One function's machine code in a binary, with each instruction's execution count where <paramref name="executions"/> has it; null when the binary has no such symbol.</summary>
    Task<FunctionCode?> DisassembleAsync(string binary, string symbol, IReadOnlyDictionary<long, long>? executions, CancellationToken cancellationToken);
}
