using System.Globalization;
using Bisector.Core.Explain;

namespace Bisector.Execution.Profiling;

/// <summary>
/// Reads <c>perf report --stdio -q --no-children -F overhead,sample,dso,sym -g none -t ';'</c>, whose rows look like
/// <c> 67.96% ; 193        ;minivm           ;[.] eval_code</c>, and <c>perf buildid-list</c>, which names each
/// binary's full path (perf report prints only the file name).
/// </summary>
public static class PerfReportParser
{
    /// <summary>Samples per symbol and binary; a binary is its full path where <paramref name="binaries"/> knows it.</summary>
    public static IReadOnlyList<SymbolCost> Symbols(string report, IReadOnlyDictionary<string, string> binaries)
    {
        var symbols = new List<SymbolCost>();
        foreach (var row in report.Split('\n'))
        {
            var fields = row.Split(';', 4);
            if (fields.Length < 4 || row.TrimStart().StartsWith('#')
                || !long.TryParse(fields[1].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var samples))
            {
                continue;
            }

            var dso = fields[2].Trim();
            symbols.Add(new SymbolCost(SymbolName(fields[3]), binaries.GetValueOrDefault(dso, dso), samples));
        }

        return symbols;
    }

    /// <summary>File name to full path, from lines "build-id path"; names that two binaries share are left out.</summary>
    public static IReadOnlyDictionary<string, string> Binaries(string buildIdList)
    {
        var paths = buildIdList.Split('\n')
            .Select(row => row.Trim().Split(' ', 2))
            .Where(parts => parts.Length == 2 && parts[1].StartsWith('/'))
            .Select(parts => parts[1].Trim())
            .Distinct(StringComparer.Ordinal);
        return paths
            .GroupBy(Path.GetFileName, StringComparer.Ordinal)
            .Where(g => g.Count() == 1)
            .ToDictionary(g => g.Key!, g => g.Single(), StringComparer.Ordinal);
    }

    /// <summary>Costs of several runs added up per symbol and binary, largest first.</summary>
    public static IReadOnlyList<SymbolCost> Sum(IEnumerable<SymbolCost> costs) => costs
        .GroupBy(c => (c.Symbol, c.Object))
        .Select(g => new SymbolCost(g.Key.Symbol, g.Key.Object, g.Sum(c => c.Cost)))
        .OrderByDescending(c => c.Cost).ThenBy(c => c.Symbol, StringComparer.Ordinal)
        .ToList();

    /// <summary>"[.] eval_code" (user space) or "[k] do_syscall_64" (kernel) without the marker.</summary>
    private static string SymbolName(string field)
    {
        var text = field.Trim();
        return text.Length > 4 && text[0] == '[' && text[2] == ']' && text[3] == ' ' ? text[4..].Trim() : text;
    }

    /// <summary>
    /// Samples per symbol and offset from <c>perf script -F ip,sym,symoff -G</c>, whose rows end in "eval_code+0x1f3",
    /// added to <paramref name="into"/>.
    /// </summary>
    public static void AddOffsets(string script, Dictionary<string, Dictionary<long, double>> into)
    {
        foreach (var row in script.Split('\n'))
        {
            var last = row.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
            var plus = last?.LastIndexOf("+0x", StringComparison.Ordinal) ?? -1;
            if (plus <= 0 || !long.TryParse(last![(plus + 3)..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var offset))
            {
                continue;
            }

            var symbol = last[..plus];
            if (!into.TryGetValue(symbol, out var offsets))
            {
                offsets = [];
                into[symbol] = offsets;
            }

            offsets[offset] = offsets.GetValueOrDefault(offset) + 1;
        }
    }
}
