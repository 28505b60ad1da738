using System.Diagnostics.CodeAnalysis;

namespace Bisector.Core.Configuration;

/// <summary>
/// What one benchmark sample measures; lower is better for every metric. <see cref="Name"/> is how a config,
/// --metric, report.json, the journal and the history database spell it.
/// </summary>
public sealed class Metric
{
    private readonly string[] _aliases;

    private Metric(string name, string unit, bool measuresTime, bool countsInstructions, bool repeatsExactly, params string[] aliases)
    {
        Name = name;
        Unit = unit;
        MeasuresTime = measuresTime;
        CountsInstructions = countsInstructions;
        RepeatsExactly = repeatsExactly;
        _aliases = aliases;
    }

    /// <summary>Wall-clock seconds of the benchmark process.</summary>
    public static Metric WallTime { get; } = new("wall-time", "s", measuresTime: true, countsInstructions: false, repeatsExactly: false, "wall", "time");

    /// <summary>CPU milliseconds: <c>perf stat -e task-clock</c>, or rusage where perf is missing.</summary>
    public static Metric CpuTime { get; } = new("cpu-time", "ms", measuresTime: true, countsInstructions: false, repeatsExactly: false, "task-clock", "cpu");

    /// <summary>Instructions counted by the hardware (<c>perf stat -e instructions</c>).</summary>
    public static Metric Instructions { get; } = new("instructions", "instructions", measuresTime: false, countsInstructions: true, repeatsExactly: false);

    /// <summary>Instructions executed under <c>valgrind --tool=callgrind</c>: exact and repeatable.</summary>
    public static Metric Callgrind { get; } = new("callgrind", "instructions", measuresTime: false, countsInstructions: true, repeatsExactly: true);

    /// <summary>A number the benchmark prints itself: the last number line of stdout, or pyperf JSON (most often a time).</summary>
    public static Metric Output { get; } = new("output", "value", measuresTime: true, countsInstructions: false, repeatsExactly: false, "stdout", "pyperf");

    /// <summary>Every metric, in the order the config's schema and the messages list them.</summary>
    public static IReadOnlyList<Metric> All { get; } = [WallTime, CpuTime, Instructions, Callgrind, Output];

    /// <summary>The names a config takes, exactly as written.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. All.Select(m => m.Name)];

    public string Name { get; }

    /// <summary>The unit of a benchmark that names none.</summary>
    public string Unit { get; }

    /// <summary>A time can name a commit whose only effect is code layout; an instruction count cannot.</summary>
    public bool MeasuresTime { get; }

    /// <summary>The value is a count of executed instructions, which does not change with the machine's load.</summary>
    public bool CountsInstructions { get; }

    /// <summary>The same build gives the same value every run, so a few samples say all there is.</summary>
    public bool RepeatsExactly { get; }

    /// <summary>The metric a config names, spelled exactly as <see cref="Names"/> lists it; null for any other text.</summary>
    public static Metric? Named(string name) => All.FirstOrDefault(m => m.Name == name);

    /// <summary>
    /// The metric <paramref name="text"/> stands for as the command line and older history take it: its name or an
    /// alias ("wall", "cpu", "stdout" and the like), in any case.
    /// </summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out Metric? metric)
    {
        metric = All.FirstOrDefault(m => string.Equals(m.Name, text, StringComparison.OrdinalIgnoreCase)
            || m._aliases.Contains(text, StringComparer.OrdinalIgnoreCase));
        return metric is not null;
    }

    /// <summary>The metric of a name this program wrote itself (a counter's name): any other text is a bug.</summary>
    public static Metric Parse(string text) =>
        TryParse(text, out var metric) ? metric : throw new ArgumentOutOfRangeException(nameof(text), text, null);

    public override string ToString() => Name;
}
