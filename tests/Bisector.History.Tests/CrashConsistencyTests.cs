using Bisector.Testing;

namespace Bisector.History.Tests;

/// <summary>A job killed with SIGKILL in the middle of writing leaves a whole, consistent database.</summary>
public sealed class CrashConsistencyTests : IDisposable
{
    /// <summary>The dummy adds commits in batches of this size, one AddCommits call each.</summary>
    private const int CommitsPerBatch = 200;

    private readonly TempDirectory _temp = new("bisector-history");

    private string DatabasePath => _temp.Combine("history.db");

    public void Dispose() => _temp.Dispose();

    [Fact(Timeout = 120_000)]
    public async Task A_writer_killed_at_any_moment_leaves_a_database_that_opens_whole_with_no_partial_rows()
    {
        var random = new Random(7);
        for (var run = 0; run < 3; run++)
        {
            using var writer = DummyProcess.Start("fill", DatabasePath);
            await writer.ExpectLineAsync("filling");
            await Task.Delay(random.Next(50, 400));
            writer.Kill();
        }

        using (var database = HistoryDatabase.Open(DatabasePath, "bisector nightly"))
        {
            var commits = database.Commits("main");
            Assert.NotEmpty(commits);
            // Each AddCommits call is one transaction: a whole batch or none of it, so positions run 0..n-1.
            Assert.Equal(0, commits.Count % CommitsPerBatch);
            Assert.Equal(Enumerable.Range(0, commits.Count), commits.Select(commit => commit.Position));
        }

        Assert.Equal("ok", RawSqlite.Scalar(DatabasePath, "PRAGMA integrity_check"));
        Assert.Empty(RawSqlite.Column(DatabasePath, "PRAGMA foreign_key_check"));
        // A series row is written with its first sample in one transaction: none is left without samples.
        Assert.Equal(0, RawSqlite.Count(DatabasePath, "SELECT count(*) FROM series WHERE id NOT IN (SELECT series_id FROM samples)"));
        Assert.True(RawSqlite.Count(DatabasePath, "SELECT count(*) FROM samples") >= 3);
        Assert.Equal(
            ["interrupted", "interrupted", "interrupted", "finished"],
            RawSqlite.Column(DatabasePath, "SELECT how_ended FROM jobs ORDER BY id"));
    }
}
