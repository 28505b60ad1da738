namespace Bisector.Core.Abstractions;

/// <summary>The journal's entries indexed by commit and by round: the lookups every <see cref="IJournal"/> answers.</summary>
public sealed class RoundIndex
{
    private readonly List<JournalEntry> _entries = [];
    private readonly Dictionary<(string Sha, string Series), List<JournalEntry>> _bySha = [];
    private readonly Dictionary<(string Series, string Round), Dictionary<string, double>> _byRound = [];
    private readonly List<(string Series, string Round)> _roundOrder = [];

    public int Count => _entries.Count;

    public IReadOnlyList<JournalEntry> Entries => _entries;

    public void Add(JournalEntry entry)
    {
        _entries.Add(entry);
        if (!_bySha.TryGetValue((entry.Sha, entry.Series), out var ofSha))
        {
            ofSha = [];
            _bySha[(entry.Sha, entry.Series)] = ofSha;
        }

        ofSha.Add(entry);
        if (!_byRound.TryGetValue((entry.Series, entry.Round), out var round))
        {
            round = new Dictionary<string, double>(StringComparer.Ordinal);
            _byRound[(entry.Series, entry.Round)] = round;
            _roundOrder.Add((entry.Series, entry.Round));
        }

        // A commit measured twice in one round keeps its first value: a round compares each commit once.
        round.TryAdd(entry.Sha, entry.Value);
    }

    public IReadOnlyList<double> Samples(string sha, string series) => OfSha(sha, series).Select(e => e.Value).ToArray();

    public IReadOnlyList<SampleConditions> Conditions(string sha, string series) =>
        OfSha(sha, series).Where(e => e.Conditions is not null).Select(e => e.Conditions!).ToArray();

    public IReadOnlyList<double[]> Rounds(string series, IReadOnlyList<string> shas)
    {
        var rounds = new List<double[]>();
        foreach (var key in _roundOrder)
        {
            var round = _byRound[key];
            if (key.Series == series && shas.All(round.ContainsKey))
            {
                rounds.Add(shas.Select(sha => round[sha]).ToArray());
            }
        }

        return rounds;
    }

    public IReadOnlyList<JournalEntry> OfSha(string sha, string series) =>
        _bySha.TryGetValue((sha, series), out var entries) ? entries : [];
}
