using Bisector.Core.Domain;

namespace Bisector.Core.Failures;

/// <summary>A benchmark name the config does not define.</summary>
public sealed record UnknownBenchmark(string Name, string ConfigPath, IReadOnlyList<string> Known) : UsageFailure;
