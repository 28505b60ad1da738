using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Bisector.Core.Abstractions;

namespace Bisector.Execution.Journal;

/// <summary>
/// Samples appended one JSON line at a time and flushed at once, so a run killed at any moment loses at most
/// the sample being taken. Reading tolerates a torn last line. Several processes may share the file: each line is
/// written in one call, and every read first takes in the complete lines other writers added.
/// </summary>
public sealed class JsonlJournal : IJournal
{
    private static readonly JsonSerializerOptions s_json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    private readonly string _path;
    private readonly RoundIndex _index = new();

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
            return _index.Count;
        }
    }

    public IReadOnlyList<double> Samples(string sha, string series)
    {
        Refresh();
        return _index.Samples(sha, series);
    }

    public IReadOnlyList<double[]> Rounds(string series, IReadOnlyList<string> shas)
    {
        Refresh();
        return _index.Rounds(series, shas);
    }

    public IReadOnlyList<SampleConditions> Conditions(string sha, string series)
    {
        Refresh();
        return _index.Conditions(sha, series);
    }

    public IReadOnlyList<JournalEntry> Entries(string sha, string series)
    {
        Refresh();
        return [.. _index.OfSha(sha, series)];
    }

    public void Append(JournalEntry entry)
    {
        var line = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(entry, s_json) + "\n");
        // FileShare.None takes an exclusive lock on the file (flock on Unix): writers of other processes wait their turn,
        // so no two appends land at the same offset.
        using (var stream = Retry(() => new FileStream(_path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 0)))
        {
            // A line torn by a crash must not swallow this one: start on a line of its own.
            var torn = false;
            if (stream.Length > 0)
            {
                stream.Seek(-1, SeekOrigin.End);
                torn = stream.ReadByte() != '\n';
            }

            stream.Seek(0, SeekOrigin.End);
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

        using var stream = Retry(() => new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
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

    /// <summary>Opens the file, waiting while another writer holds it (appends take milliseconds).</summary>
    private static FileStream Retry(Func<FileStream> open)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return open();
            }
            catch (IOException) when (attempt < 2000)
            {
                Thread.Sleep(5);
            }
        }
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
