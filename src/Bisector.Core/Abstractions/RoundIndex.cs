namespace Bisector.Core.Abstractions;

/// <summary>The journal's entries indexed by commit and by round: the lookups every <see cref="IJournal"/> answers.</summary>
public sealed class RoundIndex
{
    private readonly Dictionary<(string Sha, string Series), List<double>> _bySha = [];
    private readonly Dictionary<(string Series, string Round), Dictionary<string, double>> _byRound = [];
    private readonly List<(string Series, string Round)> _roundOrder = [];

    public int Count { get; private set; }

    public IReadOnlyList<JournalEntry> Entries => _entries;

    private readonly List<JournalEntry> _entries = [];

    public void Add(JournalEntry entry)
    {
        if (!_bySha.TryGetValue((entry.Sha, entry.Series), out var values))
        {
            values = [];
            _bySha[(entry.Sha, entry.Series)] = values;
        }

        values.Add(entry.Value);
        if (!_byRound.TryGetValue((entry.Series, entry.Round), out var round))
        {
            round = new Dictionary<string, double>(StringComparer.Ordinal);
            _byRound[(entry.Series, entry.Round)] = round;
            _roundOrder.Add((entry.Series, entry.Round));
        }

        // A commit measured twice in one round keeps its first value: a round compares each commit once.
        round.TryAdd(entry.Sha, entry.Value);
        _entries.Add(entry);
        Count++;
    }

    public IReadOnlyList<double> Samples(string sha, string series) =>
        _bySha.TryGetValue((sha, series), out var values) ? values.ToArray() : [];

    public IReadOnlyList<SampleConditions> Conditions(string sha, string series) =>
        _entries.Where(e => e.Sha == sha && e.Series == series && e.Conditions is not null).Select(e => e.Conditions!).ToArray();

    public IReadOnlyList<double[]> Rounds(string series, IReadOnlyList<string> shas)
    {
        var rounds = new List<double[]>();
        foreach (var key in _roundOrder)
        {
            if (key.Series != series)
            {
                continue;
            }

            var round = _byRound[key];
            if (shas.All(round.ContainsKey))
            {
                rounds.Add(shas.Select(sha => round[sha]).ToArray());
            }
        }

        return rounds;
    }
}
