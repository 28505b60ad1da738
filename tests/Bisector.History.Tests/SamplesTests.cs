using Bisector.Core.Abstractions;
using Bisector.Core.Nightly;
using Bisector.Testing;
using Microsoft.Data.Sqlite;

namespace Bisector.History.Tests;

public sealed class SamplesTests : IDisposable
{
    private static readonly DateTimeOffset s_evening = new(2026, 12, 1, 2, 0, 1, TimeSpan.Zero);
    private static readonly HistorySeries s_series = new("main", "add_local", "cpu-time", "key-1", "host/Ryzen/2");

    private readonly TempDirectory _temp = new("bisector-history");
    private readonly HistoryDatabase _database;
    private readonly long _night;

    public SamplesTests()
    {
        _database = HistoryDatabase.Open(_temp.Combine("history.db"), "bisector nightly");
        _night = _database.BeginNight("main", "head", s_evening).Id;
    }

    public void Dispose()
    {
        _database.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public void Samples_come_back_by_commit_in_the_order_taken_with_their_conditions()
    {
        var loaded = new SampleConditions(1, 2.5, 37.25, s_evening.AddSeconds(3).ToOffset(TimeSpan.FromHours(-5)));
        var unpinned = new SampleConditions(null, null, null, s_evening.AddSeconds(4));
        HistorySample[] taken =
        [
            new("bbb", "r1", 10.5, loaded),
            new("aaa", "r1", 9.75, null),
            new("bbb", "r2", 10.25, unpinned),
            new("aaa", "r2", 1e-9, loaded),
        ];

        var added = taken.Select(sample => _database.AddSample(s_series, _night, "build-1", sample)).ToList();
        var samples = _database.Samples(s_series);

        Assert.All(added, Assert.True);
        Assert.Equal(["bbb", "aaa"], samples.Keys);
        Assert.Equal([taken[0], taken[2]], samples["bbb"]);
        Assert.Equal([taken[1], taken[3]], samples["aaa"]);
    }

    [Fact]
    public void A_sample_added_twice_is_stored_once_and_the_second_add_says_so()
    {
        var sample = new HistorySample("aaa", "r1", 10, null);

        var first = _database.AddSample(s_series, _night, "build-1", sample);
        var second = _database.AddSample(s_series, _night, "build-1", sample with { Value = 99 });

        Assert.True(first);
        Assert.False(second);
        Assert.Equal([sample], _database.Samples(s_series)["aaa"]);
        Assert.Equal(1, RawSqlite.Count(_database.Path, "SELECT count(*) FROM samples"));
    }

    [Fact]
    public void Series_differ_by_every_part_of_their_key_and_are_listed_only_once_they_have_samples()
    {
        HistorySeries[] series =
        [
            s_series,
            s_series with { MeasurementKey = "key-2" },
            s_series with { Machine = "other-host" },
            s_series with { Benchmark = "call_fn" },
            s_series with { Branch = "release" },
        ];
        foreach (var one in series)
        {
            Assert.True(_database.AddSample(one, _night, "build-1", new HistorySample("aaa", "r1", 1, null)));
        }

        _database.AddChange(s_series with { Benchmark = "changes_only" }, "a", "b", 5, ChangeState.New, _night);

        // By branch, benchmark and metric, then in the order first stored.
        Assert.Equal(series, _database.Series(null, null));
        Assert.Equal(series[..4], _database.Series("main", null));
        Assert.Equal([series[3]], _database.Series(null, "call_fn"));
        Assert.Equal([series[4]], _database.Series("release", "add_local"));
        Assert.Empty(_database.Series("main", "changes_only"));
        Assert.Single(_database.Samples(series[1]));
        Assert.Empty(_database.Samples(s_series with { Metric = "wall-time" }));
    }

    [Fact]
    public void A_build_failure_is_kept_per_build_key_and_commit_with_its_first_message()
    {
        Assert.Null(_database.BuildFailure("build-1", "aaa"));

        _database.AddBuildFailure("build-1", "aaa", _night, "error: x undeclared");
        _database.AddBuildFailure("build-1", "aaa", _night, "a later message");

        Assert.Equal("error: x undeclared", _database.BuildFailure("build-1", "aaa"));
        Assert.Null(_database.BuildFailure("build-2", "aaa"));
        Assert.Null(_database.BuildFailure("build-1", "bbb"));
    }

    [Fact]
    public void A_sample_of_a_night_that_does_not_exist_is_refused_by_a_foreign_key()
    {
        var exception = Assert.Throws<SqliteException>(() => _database.AddSample(s_series, 999, "build-1", new HistorySample("aaa", "r1", 1, null)));

        Assert.Contains("FOREIGN KEY", exception.Message, StringComparison.Ordinal);
        Assert.Empty(_database.Series(null, null));
    }
}
