using System.Text.Json;
using System.Text.Json.Serialization;
using Bisector.Core.Abstractions;

namespace Bisector.Execution.Journal;

/// <summary>
/// Samples appended one JSON line at a time and flushed at once, so a run killed at any moment loses at most
/// the sample being taken. Reading tolerates a torn last line.
/// </summary>
public sealed class JsonlJournal : IJournal
{
    private static readonly JsonSerializerOptions s_json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    private readonly string _path;
    private readonly RoundIndex _index = new();

    public JsonlJournal(string path)
    {
        _path = path;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        if (File.Exists(path))
        {
            foreach (var line in File.ReadLines(path))
            {
                TryLoad(line);
            }
        }
    }

    public int Count => _index.Count;

    public IReadOnlyList<double> Samples(string sha, string series) => _index.Samples(sha, series);

    public IReadOnlyList<double[]> Rounds(string series, IReadOnlyList<string> shas) => _index.Rounds(series, shas);

    public IReadOnlyList<SampleConditions> Conditions(string sha, string series) => _index.Conditions(sha, series);

    public void Append(JournalEntry entry)
    {
        var line = JsonSerializer.Serialize(entry, s_json);
        using (var stream = new FileStream(_path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite))
        using (var writer = new StreamWriter(stream))
        {
            writer.WriteLine(line);
            writer.Flush();
            stream.Flush(flushToDisk: true);
        }

        _index.Add(entry);
    }

    private void TryLoad(string line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return;
        }

        try
        {
            var entry = JsonSerializer.Deserialize<JournalEntry>(line, s_json);
            if (entry is { Sha: not null, Series: not null, Round: not null } && double.IsFinite(entry.Value))
            {
                _index.Add(entry);
            }
        }
        catch (JsonException)
        {
            // A line torn by a crash mid-write: that one sample is lost, nothing else.
        }
    }
}
