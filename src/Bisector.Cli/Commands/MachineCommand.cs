using System.CommandLine;
using Bisector.Execution.Machine;
using Bisector.Execution.Processes;
using Bisector.Reporting.Machine;

namespace Bisector.Cli.Commands;

/// <summary><c>bisector machine [--json]</c>: measures this machine the way the verdicts see it and says what it means.</summary>
internal static class MachineCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print the same as JSON (the nightly job's machine fingerprint)" };
        var command = new Command("machine", "Measure this machine as the verdicts see it (each CPU's speed, load, perf, valgrind, ccache, governor, turbo) and say how to make it quieter") { json };
        command.SetAction((parse, ct) => ExecuteAsync(parse.GetValue(json), Console.Out, ct));
        return command;
    }

    public static async Task<int> ExecuteAsync(bool json, TextWriter output, CancellationToken cancellationToken)
    {
        var facts = await new MachineProbe(new ProcessRunner()).MeasureAsync(cancellationToken).ConfigureAwait(false);
        if (json)
        {
            MachineJson.Write(facts, output);
        }
        else
        {
            MachineText.Write(facts, output);
        }

        return ExitCodeMapping.Done;
    }
}
