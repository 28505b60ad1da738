using Bisector.Core.Nightly;
using Microsoft.Data.Sqlite;

namespace Bisector.History;

/// <summary>The nights that ran and the first-parent commits of each branch they measured.</summary>
internal sealed class NightTable(HistoryConnection db, long? jobId)
{
    public NightRecord BeginNight(string branch, string headSha, DateTimeOffset started)
    {
        db.EnsureWritable();
        var id = Sql.Scalar<long>(
            db.Sqlite,
            "INSERT INTO nights (job_id, branch, head_sha, started) VALUES (@job, @branch, @head, @started) RETURNING id",
            ("@job", jobId),
            ("@branch", branch),
            ("@head", headSha),
            ("@started", Sql.Time(started)));
        return new NightRecord(id, branch, headSha, started, null);
    }

    public void FinishNight(long night, DateTimeOffset finished)
    {
        db.EnsureWritable();
        var updated = Sql.Execute(
            db.Sqlite,
            "UPDATE nights SET finished = @finished WHERE id = @id",
            ("@finished", Sql.Time(finished)),
            ("@id", night));
        if (updated == 0)
        {
            throw new ArgumentException($"There is no night {night} in {db.Path}.", nameof(night));
        }
    }

    public NightRecord? LastFinishedNight(string branch)
    {
        db.EnsureOpen();
        using var command = Sql.Command(
            db.Sqlite,
            """
            SELECT id, branch, head_sha, started, finished FROM nights
            WHERE branch = @branch AND finished IS NOT NULL
            ORDER BY started DESC, id DESC LIMIT 1
            """,
            ("@branch", branch));
        using var reader = command.ExecuteReader();
        return reader.Read() ? ReadNight(reader) : null;
    }

    /// <summary>The night with that id, or null.</summary>
    public NightRecord? Night(long id)
    {
        db.EnsureOpen();
        using var command = Sql.Command(db.Sqlite, "SELECT id, branch, head_sha, started, finished FROM nights WHERE id = @id", ("@id", id));
        using var reader = command.ExecuteReader();
        return reader.Read() ? ReadNight(reader) : null;
    }

    /// <summary>Adds the commits the branch does not have yet; one already there keeps its position, subject and date.</summary>
    public void AddCommits(string branch, IReadOnlyList<HistoryCommit> commits)
    {
        ArgumentNullException.ThrowIfNull(commits);
        db.InTransaction(() =>
        {
            using var command = Sql.Command(
                db.Sqlite,
                """
                INSERT INTO commits (branch, sha, position, subject, date) VALUES (@branch, @sha, @position, @subject, @date)
                ON CONFLICT (branch, sha) DO NOTHING
                """,
                ("@branch", branch),
                ("@sha", null),
                ("@position", null),
                ("@subject", null),
                ("@date", null));
            foreach (var commit in commits)
            {
                command.Parameters["@sha"].Value = commit.Sha;
                command.Parameters["@position"].Value = commit.Position;
                command.Parameters["@subject"].Value = commit.Subject;
                command.Parameters["@date"].Value = Sql.Time(commit.Date);
                command.ExecuteNonQuery();
            }

            return commits.Count;
        });
    }

    public IReadOnlyList<HistoryCommit> Commits(string branch)
    {
        db.EnsureOpen();
        using var command = Sql.Command(
            db.Sqlite,
            "SELECT sha, position, subject, date FROM commits WHERE branch = @branch ORDER BY position, rowid",
            ("@branch", branch));
        using var reader = command.ExecuteReader();
        var commits = new List<HistoryCommit>();
        while (reader.Read())
        {
            commits.Add(new HistoryCommit(reader.GetString(0), reader.GetInt32(1), reader.GetString(2), Sql.Time(reader.GetString(3))));
        }

        return commits;
    }

    private static NightRecord ReadNight(SqliteDataReader reader) =>
        new(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), Sql.Time(reader.GetString(3)), Sql.TimeOrNull(reader, 4));
}
