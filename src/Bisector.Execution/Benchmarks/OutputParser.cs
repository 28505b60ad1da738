using System.Globalization;
using System.Text.Json;

namespace Bisector.Execution.Benchmarks;

/// <summary>
/// The number a benchmark prints itself: pyperf's JSON (the mean of every run's values), or else the last line
/// of stdout that is a number.
/// </summary>
public static class OutputParser
{
    public static double? Parse(string stdout)
    {
        var trimmed = stdout.Trim();
        if (trimmed.StartsWith('{'))
        {
            return ParsePyperf(trimmed);
        }

        foreach (var line in trimmed.Split('\n').Reverse())
        {
            if (double.TryParse(line.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
            {
                return value;
            }
        }

        return null;
    }

    private static double? ParsePyperf(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var values = new List<double>();
            if (document.RootElement.TryGetProperty("benchmarks", out var benchmarks))
            {
                foreach (var run in benchmarks.EnumerateArray().SelectMany(b => b.TryGetProperty("runs", out var runs) ? runs.EnumerateArray() : Enumerable.Empty<JsonElement>()))
                {
                    if (run.TryGetProperty("values", out var runValues))
                    {
                        values.AddRange(runValues.EnumerateArray().Select(v => v.GetDouble()));
                    }
                }
            }

            return values.Count > 0 ? values.Average() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
