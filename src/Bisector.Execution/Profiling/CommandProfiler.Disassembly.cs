using Bisector.Core.Explain;
using Bisector.Execution.Benchmarks;
using Bisector.Execution.Processes;

namespace Bisector.Execution.Profiling;

/// <summary>Machine code: nm for a function's address and size, objdump for its instructions and their source lines.</summary>
public sealed partial class CommandProfiler
{
    public async Task<FunctionCode?> DisassembleAsync(string binary, string symbol, IReadOnlyDictionary<long, long>? executions, CancellationToken cancellationToken)
    {
        var path = Shell.Quote(Path.GetFullPath(binary));
        var nm = await RunBinutilsAsync($"nm -S --defined-only {path}", cancellationToken).ConfigureAwait(false);
        if (!nm.Success || DisassemblyParser.FindSymbol(nm.StandardOutput, symbol) is not { } found)
        {
            log.Debug("No function {Symbol} in {Binary}: {Problem}", symbol, binary, LastLines(nm.StandardError));
            return null;
        }

        var objdump = await RunBinutilsAsync(
            $"objdump -d --no-show-raw-insn -M intel -l --disassemble={Shell.Quote(symbol)} {path}", cancellationToken).ConfigureAwait(false);
        return objdump.Success
            ? DisassemblyParser.Parse(objdump.StandardOutput, symbol, binary, found.Address, found.Size, executions)
            : null;
    }

    /// <summary>binutils comes with the C compiler a build needs, so its absence is a broken machine, not an outcome.</summary>
    private async Task<ProcessResult> RunBinutilsAsync(string command, CancellationToken cancellationToken)
    {
        var result = await RunAsync(command, Path.GetTempPath(), s_toolTimeout, cancellationToken).ConfigureAwait(false);
        return result.ExitCode == 127
            ? throw new InvalidOperationException($"'{command.Split(' ')[0]}' is missing: apt-get install binutils")
            : result;
    }
}
