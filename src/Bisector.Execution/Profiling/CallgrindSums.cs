using Bisector.Core.Explain;

namespace Bisector.Execution.Profiling;

/// <summary>Self instructions summed per function, per source line and per instruction address, over one or more callgrind files.</summary>
internal sealed class CallgrindSums
{
    private readonly Dictionary<(string Function, string Object), long> _functions = [];
    private readonly Dictionary<(string File, int Line, string Function), long> _lines = [];
    private readonly Dictionary<string, Dictionary<long, long>> _executions = new(StringComparer.Ordinal);
    private long _total;

    /// <summary>Line 0 is code without line info: it counts for its function and address, not as a source line.</summary>
    public void Add(string obj, string function, string file, long? address, int line, long cost)
    {
        _functions[(function, obj)] = _functions.GetValueOrDefault((function, obj)) + cost;
        if (line > 0)
        {
            _lines[(file, line, function)] = _lines.GetValueOrDefault((file, line, function)) + cost;
        }

        if (address is { } at)
        {
            if (!_executions.TryGetValue(obj, out var counts))
            {
                counts = [];
                _executions[obj] = counts;
            }

            counts[at] = counts.GetValueOrDefault(at) + cost;
        }
    }

    public void AddTotal(long total) => _total += total;

    public InstructionProfile ToProfile()
    {
        var symbols = _functions
            .Where(f => f.Value != 0)
            .Select(f => new SymbolCost(f.Key.Function, f.Key.Object, f.Value))
            .OrderByDescending(s => s.Cost).ThenBy(s => s.Symbol, StringComparer.Ordinal)
            .ToList();
        var lines = _lines
            .Where(l => l.Value != 0)
            .Select(l => new LineCost(l.Key.File, l.Key.Line, l.Key.Function, l.Value))
            .OrderByDescending(l => l.Instructions).ThenBy(l => l.File, StringComparer.Ordinal).ThenBy(l => l.Line)
            .ToList();
        var executions = _executions.ToDictionary(e => e.Key, e => (IReadOnlyDictionary<long, long>)e.Value, StringComparer.Ordinal);
        return new InstructionProfile(new Profile("callgrind", "Ir", _total, symbols, "none", Runs: 1), lines, executions);
    }
}
