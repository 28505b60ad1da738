namespace Bisector.Execution.Benchmarks;

internal static class Shell
{
    /// <summary>Single-quotes a string for bash.</summary>
    public static string Quote(string text) => "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
