using System.Text.Json.Serialization;
using Bisector.Core.Session;

namespace Bisector.Reporting.Json;

/// <summary>The commands that reproduce the run: Bisector's, the build's and the benchmark's.</summary>
internal sealed record CommandsJson(
    string Reproduce,
    IReadOnlyList<string> Build,
    string Benchmark,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Checkout)
{
    public static CommandsJson? Of(ReproduceCommands? commands) => commands is null ? null : new(commands.Reproduce, commands.Build, commands.Benchmark, commands.Checkout);
}
