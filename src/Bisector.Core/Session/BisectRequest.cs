namespace Bisector.Core.Session;

/// <summary>What to bisect: revisions as the user wrote them, and what the measurements mean.</summary>
public sealed record BisectRequest(string GoodRev, string BadRev, string Benchmark, string Metric, string Unit)
{
    /// <summary>Map every step of the range when the metric repeats exactly (an instruction count), not only the one the search names.</summary>
    public bool MapSteps { get; init; } = true;

    /// <summary>Commits probed inside each segment of the map whose ends agree: null for about log2 of its length, 0 to trust agreeing ends.</summary>
    public int? Probes { get; init; }

    /// <summary>
    /// Layouts each side of a time comparison runs in: 1 measures the default builds alone; null (the default) measures
    /// over <see cref="LayoutCheck.WhenTimeAndInstructionsDisagree"/> layouts where the endpoints' time and instruction
    /// findings disagree, else the default builds alone.
    /// </summary>
    public int? Layouts { get; init; }
}
