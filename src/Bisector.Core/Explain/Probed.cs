namespace Bisector.Core.Explain;

/// <summary>A profiler's result, or why this machine could not produce it and how to enable it.</summary>
public sealed record Probed<T>(T? Value, string? Unavailable)
    where T : class
{
    public static Probed<T> Of(T value) => new(value, null);

    public static Probed<T> Missing(string reason) => new(null, reason);
}
