using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

namespace Bisector.Cli.Tests.Commands;

/// <summary>The nightly job's faults on the real binary: a second job on the same database, and a job killed with SIGKILL mid-night.</summary>
[Collection(CountingCollection.Name)]
public class NightlyFaultTests
{
    private const int Commits = 8;
    private const int SamplesPerCommit = 3;

    /// <summary>Samples journaled so far (the journal is flushed a line at a time; the database's WAL is not readable from outside mid-transaction).</summary>
    private static int CountJournaled(string workDir) =>
        Directory.Exists(Path.Combine(workDir, "journal")) ? JournaledSamples(workDir).Count : 0;

    private static async Task<List<string>> StoredSamplesAsync(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT sha, round, value FROM samples";
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add($"{reader.GetString(0)} {reader.GetString(1)} {reader.GetDouble(2)}");
        }

        return rows;
    }

    private static List<string> JournaledSamples(string workDir) =>
        Directory.GetFiles(Path.Combine(workDir, "journal"), "*.jsonl")
            .SelectMany(ReadWhileWritten)
            .Where(line => line.EndsWith('}'))
            .Select(line => JsonNode.Parse(line)!)
            .Select(e => $"{e["Sha"]} {e["Round"]} {e["Value"]!.GetValue<double>()}")
            .ToList();

    /// <summary>A journal's lines, waiting out the moment a writer holds the file (appends take milliseconds).</summary>
    private static string[] ReadWhileWritten(string path)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var reader = new StreamReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
                return reader.ReadToEnd().Split('\n');
            }
            catch (IOException) when (attempt < 200)
            {
                Thread.Sleep(10);
            }
        }
    }

    [Fact]
    public async Task A_second_job_is_told_which_job_holds_the_database_and_a_job_killed_mid_night_loses_and_doubles_nothing()
    {
        using var repository = new NightlyRepository("callgrind");
        for (var i = 0; i < Commits; i++)
        {
            repository.Commit(300_000);
        }

        using var first = CliProcess.Start(repository.Nightly());
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (CountJournaled(repository.WorkDir) < 4)
        {
            Assert.False(first.HasExited, "the first job ended before it was killed");
            Assert.True(DateTime.UtcNow < deadline, "the first job took no samples in 3 minutes");
            await Task.Delay(200);
        }

        // A second job on the same database while the first measures: refused at once, naming the first.
        var started = DateTime.UtcNow;
        var (secondExit, secondOutput, secondError) = await CliProcess.RunAsync(repository.Nightly());
        Assert.False(first.HasExited, $"the first job ended before the second did (second: exit {secondExit} after {(DateTime.UtcNow - started).TotalSeconds:0.0} s, {CountJournaled(repository.WorkDir)} samples)\n{secondOutput}\n{secondError}");
        Assert.Equal(1, secondExit);
        Assert.Contains($"pid {first.Id}", secondError, StringComparison.Ordinal);
        Assert.Single(secondError.Split('\n'), line => line.StartsWith("bisector:", StringComparison.Ordinal));

        Assert.False(first.HasExited, "the first job ended before it was killed");
        first.Kill();
        await CliProcess.WaitAsync(first);
        Assert.InRange(CountJournaled(repository.WorkDir), 4, (Commits * SamplesPerCommit) - 1);

        var (exit, output, error) = await CliProcess.RunAsync(repository.Nightly());
        Assert.True(exit == 0, $"exit {exit}\n{output}\n{error}");

        // Every sample the killed job journaled is in the history, none twice, and no commit was measured more than asked.
        var stored = await StoredSamplesAsync(repository.Database);
        var journaled = JournaledSamples(repository.WorkDir);
        Assert.Equal(Commits * SamplesPerCommit, stored.Count);
        Assert.Equal(journaled.Order(), stored.Order());
        Assert.All(stored.GroupBy(s => s.Split(' ')[0]), commit => Assert.Equal(SamplesPerCommit, commit.Count()));
        Assert.Contains("no new regression", output, StringComparison.Ordinal);
    }
}
