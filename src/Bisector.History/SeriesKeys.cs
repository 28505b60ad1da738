using Bisector.Core.Nightly;

namespace Bisector.History;

/// <summary>A series' row in the series table: the key that samples and changes hang from.</summary>
internal static class SeriesKeys
{
    public const string Filter =
        "branch = @branch AND benchmark = @benchmark AND metric = @metric AND measurement_key = @key AND machine = @machine";

    /// <summary>The series' row id, created on first use (inside the caller's transaction).</summary>
    public static long Id(HistoryConnection db, HistorySeries series)
    {
        Sql.Execute(
            db.Sqlite,
            """
            INSERT INTO series (branch, benchmark, metric, measurement_key, machine) VALUES (@branch, @benchmark, @metric, @key, @machine)
            ON CONFLICT DO NOTHING
            """,
            Parameters(series));
        return Sql.Scalar<long>(db.Sqlite, $"SELECT id FROM series WHERE {Filter}", Parameters(series));
    }

    /// <summary>The series' row id, or null when it was never stored.</summary>
    public static long? Existing(HistoryConnection db, HistorySeries series)
    {
        using var command = Sql.Command(db.Sqlite, $"SELECT id FROM series WHERE {Filter}", Parameters(series));
        return command.ExecuteScalar() is long id ? id : null;
    }

    public static (string, object?)[] Parameters(HistorySeries series) =>
    [
        ("@branch", series.Branch),
        ("@benchmark", series.Benchmark),
        ("@metric", series.Metric),
        ("@key", series.MeasurementKey),
        ("@machine", series.Machine),
    ];
}
