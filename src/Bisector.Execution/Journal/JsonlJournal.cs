using System.Globalization;
using System.Text;
using System.Text.Json;
using Bisector.Core.Abstractions;

namespace Bisector.Execution.Journal;

/// <summary>
/// Samples appended one JSON line at a time and flushed at once, so a run killed at any moment loses at most
/// the sample being taken. Reading tolerates a torn last line. Several processes may share the file: writers
/// take turns (a lock file beside it) and write each line at the end in one write, so lines never interleave,
/// and every read first takes in the lines appended since the last one, by this process or another.
/// </summary>
public sealed class JsonlJournal : IJournal
{
    private readonly string _path;
    private readonly Dictionary<(string Sha, string Series), List<double>> _samples = [];

    /// <summary>How far the file has been read: always the end of a complete line.</summary>
    private long _offset;

    public JsonlJournal(string path)
    {
        _path = path;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        Refresh();
    }

    public int Count
    {
        get
        {
            Refresh();
            return _samples.Values.Sum(v => v.Count);
        }
    }

    public IReadOnlyList<double> Samples(string sha, string series)
    {
        Refresh();
        return _samples.TryGetValue((sha, series), out var values) ? values.ToArray() : [];
    }

    public void Append(string sha, string series, double value)
    {
        var line = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new Entry(sha, series, value)) + "\n");
        using (WriterLock())
        using (var stream = new FileStream(_path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0))
        {
            // A line torn by a crash must not swallow this one: start on a line of its own.
            var torn = stream.Length > 0 && LastByte() != (byte)'\n';
            stream.Write(torn ? [(byte)'\n', .. line] : line);
            stream.Flush(flushToDisk: true);
        }

        Refresh();
    }

    /// <summary>Takes in the complete lines added to the file since the last read; a partial last line waits for its end.</summary>
    private void Refresh()
    {
        if (!File.Exists(_path) || new FileInfo(_path).Length <= _offset)
        {
            return;
        }

        using var stream = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        stream.Seek(_offset, SeekOrigin.Begin);
        var added = new byte[stream.Length - _offset];
        stream.ReadExactly(added);
        var end = Array.LastIndexOf(added, (byte)'\n');
        if (end < 0)
        {
            return;
        }

        foreach (var line in Encoding.UTF8.GetString(added, 0, end).Split('\n'))
        {
            TryLoad(line);
        }

        _offset += end + 1;
    }

    /// <summary>
    /// One writer at a time: .NET's <see cref="FileMode.Append"/> does not open with O_APPEND but writes at the end
    /// as it was when opened, so two processes appending at once would write over each other's lines. Readers
    /// do not take it.
    /// </summary>
    private FileStream WriterLock()
    {
        while (true)
        {
            try
            {
                return new FileStream(_path + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                Thread.Sleep(5);
            }
        }
    }

    private byte LastByte()
    {
        using var stream = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        stream.Seek(-1, SeekOrigin.End);
        return (byte)stream.ReadByte();
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
