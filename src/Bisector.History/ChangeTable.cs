using Bisector.Core.Nightly;
using Microsoft.Data.Sqlite;

namespace Bisector.History;

/// <summary>The steps found in the history's series: recorded once each, their states as nights bisect, alert and fix them.</summary>
internal sealed class ChangeTable(HistoryConnection db, TimeProvider clock)
{
    private const string ChangeColumns =
        "id, before_sha, after_sha, change_percent, state, culprit_sha, report_directory, found_night, fixed_by";

    /// <summary>
    /// Records a step. The same step again (same series, same commits on either side) is not doubled: the change
    /// already recorded is returned as it stands, with its state, so a job run again does not alert twice.
    /// </summary>
    public RecordedChange AddChange(HistorySeries series, string beforeSha, string afterSha, double changePercent, ChangeState state, long night)
    {
        ArgumentNullException.ThrowIfNull(series);
        return db.InTransaction(() =>
        {
            var seriesId = SeriesKeys.Id(db, series);
            Sql.Execute(
                db.Sqlite,
                """
                INSERT INTO changes (series_id, before_sha, after_sha, change_percent, state, found_night, acknowledged_at)
                VALUES (@series, @before, @after, @percent, @state, @night, @acknowledged)
                ON CONFLICT (series_id, before_sha, after_sha) DO NOTHING
                """,
                ("@series", seriesId),
                ("@before", beforeSha),
                ("@after", afterSha),
                ("@percent", changePercent),
                ("@state", state.ToString()),
                ("@night", night),
                ("@acknowledged", state == ChangeState.Acknowledged ? Sql.Time(clock.GetUtcNow()) : null));
            using var command = Sql.Command(
                db.Sqlite,
                $"SELECT {ChangeColumns} FROM changes WHERE series_id = @series AND before_sha = @before AND after_sha = @after",
                ("@series", seriesId),
                ("@before", beforeSha),
                ("@after", afterSha));
            using var reader = command.ExecuteReader();
            reader.Read();
            return ReadChange(reader, series);
        });
    }

    /// <summary>Sets the change's state; a null culprit or report folder keeps the one recorded.</summary>
    public void UpdateChange(long id, ChangeState state, string? culpritSha, string? reportDirectory)
    {
        db.EnsureWritable();
        var updated = Sql.Execute(
            db.Sqlite,
            """
            UPDATE changes SET state = @state,
                culprit_sha = coalesce(@culprit, culprit_sha),
                report_directory = coalesce(@report, report_directory),
                acknowledged_at = CASE WHEN @state = 'Acknowledged' THEN coalesce(acknowledged_at, @now) END
            WHERE id = @id
            """,
            ("@state", state.ToString()),
            ("@culprit", culpritSha),
            ("@report", reportDirectory),
            ("@now", Sql.Time(clock.GetUtcNow())),
            ("@id", id));
        if (updated == 0)
        {
            throw new ArgumentException($"There is no change {id} in {db.Path}.", nameof(id));
        }
    }

    /// <summary>The regression was undone by a later faster step: it is reported as fixed, with that step, and never alerted.</summary>
    public void MarkFixed(long id, long fixedBy)
    {
        db.EnsureWritable();
        var updated = Sql.Execute(
            db.Sqlite,
            "UPDATE changes SET state = @state, fixed_by = @fixedBy WHERE id = @id",
            ("@state", ChangeState.Fixed.ToString()),
            ("@fixedBy", fixedBy),
            ("@id", id));
        if (updated == 0)
        {
            throw new ArgumentException($"There is no change {id} in {db.Path}.", nameof(id));
        }
    }

    /// <summary>A person has seen the regression and accepts it: it is never alerted again.</summary>
    public void Acknowledge(long changeId) => UpdateChange(changeId, ChangeState.Acknowledged, null, null);

    /// <summary>When the change was acknowledged, or null when it is not.</summary>
    public DateTimeOffset? AcknowledgedAt(long changeId)
    {
        db.EnsureOpen();
        var text = Sql.Scalar<string>(db.Sqlite, "SELECT acknowledged_at FROM changes WHERE id = @id", ("@id", changeId));
        return text is null ? null : Sql.Time(text);
    }

    /// <summary>The series' changes in the order found.</summary>
    public IReadOnlyList<RecordedChange> Changes(HistorySeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        db.EnsureOpen();
        var changes = new List<RecordedChange>();
        if (SeriesKeys.Existing(db, series) is not { } seriesId)
        {
            return changes;
        }

        using var command = Sql.Command(db.Sqlite, $"SELECT {ChangeColumns} FROM changes WHERE series_id = @series ORDER BY id", ("@series", seriesId));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            changes.Add(ReadChange(reader, series));
        }

        return changes;
    }

    private static RecordedChange ReadChange(SqliteDataReader reader, HistorySeries series) =>
        new(
            reader.GetInt64(0),
            series,
            reader.GetString(1),
            reader.GetString(2),
            reader.GetDouble(3),
            Enum.Parse<ChangeState>(reader.GetString(4)),
            Sql.StringOrNull(reader, 5),
            Sql.StringOrNull(reader, 6),
            reader.GetInt64(7),
            reader.IsDBNull(8) ? null : reader.GetInt64(8));
}
