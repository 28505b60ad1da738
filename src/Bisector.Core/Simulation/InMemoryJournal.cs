using Bisector.Core.Abstractions;

namespace Bisector.Core.Simulation;

/// <summary>A journal that forgets everything at exit: for simulations and tests of the pure session.</summary>
public sealed class InMemoryJournal : IJournal
{
    private readonly Dictionary<(string, string), List<double>> _samples = [];

    public IReadOnlyList<double> Samples(string sha, string series) =>
        _samples.TryGetValue((sha, series), out var values) ? values.ToArray() : [];

    public void Append(string sha, string series, double value)
    {
        if (!_samples.TryGetValue((sha, series), out var values))
        {
            values = [];
            _samples[(sha, series)] = values;
        }

        values.Add(value);
    }
}
