using Bisector.Core.Session;
using Bisector.Reporting.Explain;

namespace Bisector.Reporting.Document;

/// <summary>The machine and tools the figures come from, and the exact commands that reproduce them.</summary>
/// <param name="Machine">The environment in a line: "AMD EPYC 7B13, Linux 6.1.0-26-amd64 x86_64, gcc 12.2.0".</param>
/// <param name="Commands">One shell script, each block under a comment that says what it is.</param>
public sealed record ReproduceSection(string? Machine, ReportTable? Environment, string? Commands) : ReportSection("reproduce", "Reproduce")
{
    public const string EnvironmentTitle = "Environment";

    public const string CommandsTitle = "Commands to reproduce";

    public static ReproduceSection? Of(BisectResult result) => result.Environment is null && result.Commands is null
        ? null
        : new(
            result.Environment is { } e ? $"{e.Cpu}, {e.Kernel}, {e.Compiler}" : null,
            result.Environment is { } environment ? ExplanationTables.Environment(environment) : null,
            result.Commands is { } commands ? ExplanationText.Commands(commands) : null);
}
