using System.Globalization;

namespace Bisector.Execution.Benchmarks;

/// <summary>Reads <c>perf stat -x,</c> output: one CSV line per event (value, unit, event, ...).</summary>
public static class PerfStatParser
{
    /// <summary>The value of the event whose name starts with <paramref name="eventName"/>, or null with the reason.</summary>
    public static (double? Value, string? Problem) Read(string text, string eventName)
    {
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split(',');
            if (fields.Length < 3 || !fields[2].StartsWith(eventName, StringComparison.Ordinal))
            {
                continue;
            }

            if (fields[0].StartsWith('<'))
            {
                return (null, $"perf cannot count {eventName} on this machine ({fields[0]})");
            }

            return double.TryParse(fields[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                ? (value, null)
                : (null, $"perf printed '{fields[0]}' for {eventName}");
        }

        return (null, $"perf stat printed no {eventName} line");
    }
}
