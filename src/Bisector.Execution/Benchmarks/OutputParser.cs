using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Bisector.Execution.Benchmarks;

/// <summary>
/// The number a benchmark prints itself: pyperf's JSON (the mean of every run's values), or else the last number on
/// the last line of stdout that has one (<c>print(name, n, result)</c> gives result).
/// </summary>
public static partial class OutputParser
{
    private static readonly Regex s_number = Number();

    public static double? Parse(string stdout)
    {
        var trimmed = stdout.Trim();
        if (trimmed.StartsWith('{'))
        {
            return ParsePyperf(trimmed);
        }

        foreach (var line in trimmed.Split('\n').Reverse())
        {
            var last = s_number.Matches(line).Select(m => double.TryParse(m.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : double.NaN)
                .LastOrDefault(double.IsFinite, double.NaN);
            if (double.IsFinite(last))
            {
                return last;
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

    /// <summary>A decimal number, optionally signed, with a fraction and an exponent; not part of a word (x86_64, v3).</summary>
    [GeneratedRegex(@"(?<![\w.])[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?(?![\w.])")]
    private static partial Regex Number();
}
