namespace Bisector.Execution.Benchmarks;

/// <summary>Quoting for the bash command lines Bisector builds.</summary>
public static class Shell
{
    /// <summary>Single-quotes a string for bash.</summary>
    public static string Quote(string text) => "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
