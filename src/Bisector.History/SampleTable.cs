using Bisector.Core.Abstractions;
using Bisector.Core.Nightly;

namespace Bisector.History;

/// <summary>Each series' samples by commit and build, and the builds that failed.</summary>
internal sealed class SampleTable(HistoryConnection db)
{
    public bool AddSample(HistorySeries series, long night, string buildKey, HistorySample sample)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(sample);
        if (!double.IsFinite(sample.Value))
        {
            throw new ArgumentException($"A sample's value must be a finite number, not {sample.Value}.", nameof(sample));
        }

        return db.InTransaction(() =>
        {
            var seriesId = SeriesKeys.Id(db, series);
            var conditions = sample.Conditions;
            return Sql.Execute(
                db.Sqlite,
                """
                INSERT INTO samples (series_id, night_id, build_key, sha, round, value, cpu, load_average, other_busy_percent, taken_at)
                VALUES (@series, @night, @build, @sha, @round, @value, @cpu, @load, @busy, @taken)
                ON CONFLICT (series_id, sha, round) DO NOTHING
                """,
                ("@series", seriesId),
                ("@night", night),
                ("@build", buildKey),
                ("@sha", sample.Sha),
                ("@round", sample.Round),
                ("@value", sample.Value),
                ("@cpu", conditions?.Cpu),
                ("@load", conditions?.LoadAverage),
                ("@busy", conditions?.OtherBusyPercent),
                ("@taken", conditions is null ? null : Sql.Time(conditions.Time))) == 1;
        });
    }

    public IReadOnlyDictionary<string, IReadOnlyList<HistorySample>> Samples(HistorySeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        db.EnsureOpen();
        using var command = Sql.Command(
            db.Sqlite,
            $"""
            SELECT sha, round, value, cpu, load_average, other_busy_percent, taken_at FROM samples
            WHERE series_id = (SELECT id FROM series WHERE {SeriesKeys.Filter})
            ORDER BY id
            """,
            SeriesKeys.Parameters(series));
        using var reader = command.ExecuteReader();
        // Commits in the order of their first sample, each commit's samples in the order taken.
        var result = new OrderedDictionary<string, IReadOnlyList<HistorySample>>(StringComparer.Ordinal);
        var lists = new Dictionary<string, List<HistorySample>>(StringComparer.Ordinal);
        while (reader.Read())
        {
            var sha = reader.GetString(0);
            SampleConditions? conditions = reader.IsDBNull(6)
                ? null
                : new SampleConditions(
                    reader.IsDBNull(3) ? null : reader.GetInt32(3),
                    Sql.DoubleOrNull(reader, 4),
                    Sql.DoubleOrNull(reader, 5),
                    Sql.Time(reader.GetString(6)));
            if (!lists.TryGetValue(sha, out var list))
            {
                list = [];
                lists.Add(sha, list);
                result.Add(sha, list);
            }

            list.Add(new HistorySample(sha, reader.GetString(1), reader.GetDouble(2), conditions));
        }

        return result;
    }

    public IReadOnlyList<HistorySeries> Series(string? branch, string? benchmark)
    {
        db.EnsureOpen();
        using var command = Sql.Command(
            db.Sqlite,
            """
            SELECT branch, benchmark, metric, measurement_key, machine FROM series
            WHERE (@branch IS NULL OR branch = @branch) AND (@benchmark IS NULL OR benchmark = @benchmark)
                AND EXISTS (SELECT 1 FROM samples WHERE series_id = series.id)
            ORDER BY branch, benchmark, metric, id
            """,
            ("@branch", branch),
            ("@benchmark", benchmark));
        using var reader = command.ExecuteReader();
        var series = new List<HistorySeries>();
        while (reader.Read())
        {
            series.Add(new HistorySeries(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4)));
        }

        return series;
    }

    /// <summary>Records why the commit did not build; a failure already recorded for it keeps its first message.</summary>
    public void AddBuildFailure(string buildKey, string sha, long night, string error)
    {
        db.EnsureWritable();
        Sql.Execute(
            db.Sqlite,
            """
            INSERT INTO build_failures (build_key, sha, night_id, error) VALUES (@build, @sha, @night, @error)
            ON CONFLICT (build_key, sha) DO NOTHING
            """,
            ("@build", buildKey),
            ("@sha", sha),
            ("@night", night),
            ("@error", error));
    }

    public string? BuildFailure(string buildKey, string sha)
    {
        db.EnsureOpen();
        return Sql.Scalar<string>(
            db.Sqlite,
            "SELECT error FROM build_failures WHERE build_key = @build AND sha = @sha",
            ("@build", buildKey),
            ("@sha", sha));
    }
}
