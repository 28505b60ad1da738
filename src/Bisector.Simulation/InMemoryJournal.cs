using Bisector.Core.Abstractions;

namespace Bisector.Simulation;

/// <summary>A journal that forgets everything at exit: for simulations and tests of the pure session.</summary>
public sealed class InMemoryJournal : IJournal
{
    private readonly RoundIndex _index = new();

    public IReadOnlyList<JournalEntry> Entries => _index.Entries;

    public IReadOnlyList<double> Samples(string sha, string series) => _index.Samples(sha, series);

    public IReadOnlyList<double[]> Rounds(string series, IReadOnlyList<string> shas) => _index.Rounds(series, shas);

    public IReadOnlyList<SampleConditions> Conditions(string sha, string series) => _index.Conditions(sha, series);

    IReadOnlyList<JournalEntry> IJournal.Entries(string sha, string series) => [.. _index.OfSha(sha, series)];

    public void Append(JournalEntry entry) => _index.Add(entry);
}
