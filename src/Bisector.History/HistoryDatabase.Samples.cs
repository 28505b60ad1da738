using Bisector.Core.Abstractions;
using Bisector.Core.Nightly;

namespace Bisector.History;

public sealed partial class HistoryDatabase
{
    private const string SeriesFilter =
        "branch = @branch AND benchmark = @benchmark AND metric = @metric AND measurement_key = @key AND machine = @machine";

    public bool AddSample(HistorySeries series, long night, string buildKey, HistorySample sample)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(sample);
        if (!double.IsFinite(sample.Value))
        {
            throw new ArgumentException($"A sample's value must be a finite number, not {sample.Value}.", nameof(sample));
        }

        return InTransaction(() =>
        {
            var seriesId = SeriesId(series);
            var conditions = sample.Conditions;
            return Sql.Execute(
                _connection,
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
        EnsureOpen();
        using var command = Sql.Command(
            _connection,
            $"""
            SELECT sha, round, value, cpu, load_average, other_busy_percent, taken_at FROM samples
            WHERE series_id = (SELECT id FROM series WHERE {SeriesFilter})
            ORDER BY id
            """,
            SeriesParameters(series));
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
        EnsureOpen();
        using var command = Sql.Command(
            _connection,
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
        EnsureWritable();
        Sql.Execute(
            _connection,
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
        EnsureOpen();
        return Sql.Scalar<string>(
            _connection,
            "SELECT error FROM build_failures WHERE build_key = @build AND sha = @sha",
            ("@build", buildKey),
            ("@sha", sha));
    }

    /// <summary>The series' row id, created on first use (inside the caller's transaction).</summary>
    private long SeriesId(HistorySeries series)
    {
        Sql.Execute(
            _connection,
            """
            INSERT INTO series (branch, benchmark, metric, measurement_key, machine) VALUES (@branch, @benchmark, @metric, @key, @machine)
            ON CONFLICT DO NOTHING
            """,
            SeriesParameters(series));
        return Sql.Scalar<long>(_connection, $"SELECT id FROM series WHERE {SeriesFilter}", SeriesParameters(series));
    }

    /// <summary>The series' row id, or null when it was never stored.</summary>
    private long? ExistingSeriesId(HistorySeries series)
    {
        using var command = Sql.Command(_connection, $"SELECT id FROM series WHERE {SeriesFilter}", SeriesParameters(series));
        return command.ExecuteScalar() is long id ? id : null;
    }

    private static (string, object?)[] SeriesParameters(HistorySeries series) =>
    [
        ("@branch", series.Branch),
        ("@benchmark", series.Benchmark),
        ("@metric", series.Metric),
        ("@key", series.MeasurementKey),
        ("@machine", series.Machine),
    ];
}
