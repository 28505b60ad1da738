namespace Bisector.Core.Session;

/// <summary>The exact commands to repeat a run: Bisector's own, and the build and benchmark commands it ran.</summary>
public sealed record ReproduceCommands(string Reproduce, IReadOnlyList<string> Build, string Benchmark);
