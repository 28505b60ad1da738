namespace Bisector.Execution.Benchmarks;

/// <summary>The end of a process's output, on one line: what a failed sample shows of it.</summary>
internal static class LastLines
{
    public static string Of(string text)
    {
        var lines = text.Trim().Split('\n');
        return string.Join(" | ", lines.Skip(Math.Max(0, lines.Length - 3)));
    }
}
