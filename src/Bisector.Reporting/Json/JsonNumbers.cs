namespace Bisector.Reporting.Json;

/// <summary>How report.json rounds numbers that may be missing.</summary>
internal static class JsonNumbers
{
    /// <summary>A number rounded to <paramref name="digits"/>, or null when it was not measured.</summary>
    public static double? Round(double? value, int digits = 2) => value is { } v ? Math.Round(v, digits) : null;

    /// <summary>A whole count (instructions, executions), or null when it was not counted.</summary>
    public static long? Count(double? value) => value is { } v ? (long)Math.Round(v) : null;
}
