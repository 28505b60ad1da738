using System.Globalization;

namespace Bisector.Execution.Benchmarks;

/// <summary>Reads the instruction total (Ir) from a callgrind output file.</summary>
public static class CallgrindParser
{
    public static long? TotalInstructions(string text)
    {
        long? summary = null;
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith("totals:", StringComparison.Ordinal) || line.StartsWith("summary:", StringComparison.Ordinal))
            {
                var first = line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim().Split(' ')[0];
                if (long.TryParse(first, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
                {
                    summary = value;
                }
            }
        }

        return summary;
    }
}
