using System.Globalization;
using System.Text.Json;
using Bisector.Core.Abstractions;

namespace Bisector.Execution.Journal;

/// <summary>
/// Samples appended one JSON line at a time and flushed at once, so a run killed at any moment loses at most
/// the sample being taken. Reading tolerates a torn last line.
/// </summary>
public sealed class JsonlJournal : IJournal
{
    private readonly string _path;
    private readonly Dictionary<(string Sha, string Series), List<double>> _samples = [];

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

    public int Count => _samples.Values.Sum(v => v.Count);

    public IReadOnlyList<double> Samples(string sha, string series) =>
        _samples.TryGetValue((sha, series), out var values) ? values.ToArray() : [];

    public void Append(string sha, string series, double value)
    {
        var line = JsonSerializer.Serialize(new Entry(sha, series, value));
        using (var stream = new FileStream(_path, FileMode.Append, FileAccess.Write, FileShare.Read))
        using (var writer = new StreamWriter(stream))
        {
            writer.WriteLine(line);
            writer.Flush();
            stream.Flush(flushToDisk: true);
        }

        Add(sha, series, value);
    }

    private void TryLoad(string line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return;
        }

        try
        {
            var entry = JsonSerializer.Deserialize<Entry>(line);
            if (entry is not null && double.IsFinite(entry.Value))
            {
                Add(entry.Sha, entry.Series, entry.Value);
            }
        }
        catch (JsonException)
        {
            // A line torn by a crash mid-write: that one sample is lost, nothing else.
        }
    }

    private void Add(string sha, string series, double value)
    {
        if (!_samples.TryGetValue((sha, series), out var values))
        {
            values = [];
            _samples[(sha, series)] = values;
        }

        values.Add(value);
    }

    private sealed record Entry(string Sha, string Series, double Value)
    {
        public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
    }
}
