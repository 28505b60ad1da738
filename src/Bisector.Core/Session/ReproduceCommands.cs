namespace Bisector.Core.Session;

/// <summary>The exact commands to repeat a run: Bisector's own, and the build and benchmark commands it ran.</summary>
public sealed record ReproduceCommands(string Reproduce, IReadOnlyList<string> Build, string Benchmark)
{
    /// <summary>
    /// The command that makes the checkout the build and benchmark commands run in (a clone of the repository at the
    /// culprit, or at the bad revision when none was named), and enters it; null where not known.
    /// </summary>
    public string? Checkout { get; init; }
}
