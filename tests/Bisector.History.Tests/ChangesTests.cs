using Bisector.Core.Nightly;
using Bisector.Testing;

namespace Bisector.History.Tests;

public sealed class ChangesTests : IDisposable
{
    private static readonly DateTimeOffset s_evening = new(2026, 12, 1, 2, 0, 1, TimeSpan.Zero);
    private static readonly HistorySeries s_series = new("main", "add_local", "cpu-time", "key-1", "host/Ryzen/2");

    private readonly TempDirectory _temp = new("bisector-history");
    private readonly FixedClock _clock = new(s_evening.AddHours(9));
    private readonly HistoryDatabase _database;
    private readonly long _night;

    public ChangesTests()
    {
        _database = HistoryDatabase.Open(_temp.Combine("history.db"), "bisector nightly", TimeSpan.Zero, _clock);
        _night = _database.BeginNight("main", "head", s_evening).Id;
    }

    public void Dispose()
    {
        _database.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public void A_change_is_stored_as_given_and_updated_with_its_culprit_and_report()
    {
        var change = _database.AddChange(s_series, "aaa", "ddd", 12.5, ChangeState.New, _night);

        _database.UpdateChange(change.Id, ChangeState.Bisected, "ccc", "/work/reports/42");

        Assert.Equal(new RecordedChange(change.Id, s_series, "aaa", "ddd", 12.5, ChangeState.New, null, null, _night), change);
        Assert.Equal([change with { State = ChangeState.Bisected, CulpritSha = "ccc", ReportDirectory = "/work/reports/42" }], _database.Changes(s_series));
    }

    [Fact]
    public void The_same_step_added_again_returns_the_change_recorded_as_it_stands()
    {
        var first = _database.AddChange(s_series, "aaa", "ddd", 12.5, ChangeState.New, _night);
        _database.UpdateChange(first.Id, ChangeState.Bisected, "ccc", null);

        var again = _database.AddChange(s_series, "aaa", "ddd", 13, ChangeState.New, _night);

        Assert.Equal(first with { State = ChangeState.Bisected, CulpritSha = "ccc" }, again);
        Assert.Single(_database.Changes(s_series));
    }

    [Fact]
    public void Changes_are_per_series_in_the_order_found()
    {
        var later = s_series with { MeasurementKey = "key-2" };
        var a = _database.AddChange(s_series, "aaa", "bbb", -8, ChangeState.Improvement, _night);
        var b = _database.AddChange(later, "aaa", "bbb", 5, ChangeState.New, _night);
        var c = _database.AddChange(s_series, "ccc", "ddd", 3, ChangeState.Dismissed, _night);

        Assert.Equal([a, c], _database.Changes(s_series));
        Assert.Equal([b], _database.Changes(later));
        Assert.Empty(_database.Changes(s_series with { Branch = "release" }));
    }

    [Fact]
    public void Acknowledging_keeps_the_culprit_and_records_when()
    {
        var change = _database.AddChange(s_series, "aaa", "ddd", 12.5, ChangeState.New, _night);
        _database.UpdateChange(change.Id, ChangeState.Bisected, "ccc", "/work/reports/42");
        Assert.Null(_database.AcknowledgedAt(change.Id));

        _database.Acknowledge(change.Id);

        Assert.Equal(ChangeState.Acknowledged, _database.Changes(s_series).Single().State);
        Assert.Equal("ccc", _database.Changes(s_series).Single().CulpritSha);
        Assert.Equal(_clock.Now, _database.AcknowledgedAt(change.Id));
    }

    [Fact]
    public void Updating_an_unknown_change_is_an_error()
    {
        Assert.Throws<ArgumentException>(() => _database.Acknowledge(42));
    }
}
