using Bisector.Core.Nightly;
using Bisector.Testing;

namespace Bisector.History.Tests;

/// <summary>How a night's steps across benchmarks become recorded changes, on a real history database.</summary>
public sealed class NightResolverTests : IDisposable
{
    private static readonly DateTimeOffset s_evening = new(2026, 12, 1, 2, 0, 1, TimeSpan.Zero);
    private static readonly HistorySeries s_addLocal = new("main", "add_local", "callgrind", "key-1", "host/Ryzen/2");
    private static readonly HistorySeries s_loadStore = s_addLocal with { Benchmark = "load_store", MeasurementKey = "key-2" };
    private static readonly HistorySeries s_wall = s_addLocal with { Benchmark = "add_local_wall", Metric = "wall-time", MeasurementKey = "key-3" };

    private static readonly IReadOnlyDictionary<string, int> s_positions = Enumerable.Range(0, 12).ToDictionary(Sha, i => i);

    private readonly TempDirectory _temp = new("bisector-history");
    private readonly HistoryDatabase _database;

    public NightResolverTests()
    {
        _database = HistoryDatabase.Open(_temp.Combine("history.db"), "bisector nightly", TimeSpan.Zero, new FixedClock(s_evening.AddHours(9)));
    }

    public void Dispose()
    {
        _database.Dispose();
        _temp.Dispose();
    }

    private static string Sha(int i) => $"c{i:D2}".PadRight(40, '0');

    private static NightStep Step(HistorySeries series, int before, int after, double percent, double pValue = 0.001) =>
        new(series, new HistoryStep(Sha(before), Sha(after), after - before, 100, 100 * (1 + (percent / 100)), percent, pValue), 5);

    /// <summary>Begins a night with a sample for each series, as a measured night has.</summary>
    private long Night()
    {
        var night = _database.BeginNight("main", Sha(11), s_evening).Id;
        foreach (var series in new[] { s_addLocal, s_loadStore, s_wall })
        {
            _database.AddSample(series, night, "build-1", new HistorySample(Sha(0), $"r{night}", 100, null));
        }

        return night;
    }

    private async Task<PlantedBisector> ResolveAsync(long night, long reportedThrough, IReadOnlyDictionary<string, string> culprits, params NightStep[] found)
    {
        var bisector = new PlantedBisector(culprits);
        await new NightResolver(_database, night, reportedThrough, s_positions, bisector).ResolveAsync(found, CancellationToken.None);
        return bisector;
    }

    [Fact]
    public async Task Benchmarks_that_moved_at_one_commit_cost_one_bisection_of_the_clearest_and_a_check_each()
    {
        var night = Night();
        var culprits = new Dictionary<string, string> { ["add_local"] = Sha(4), ["load_store"] = Sha(4), ["add_local_wall"] = Sha(4) };

        var bisector = await ResolveAsync(night, 0, culprits, Step(s_addLocal, 2, 5, 12), Step(s_loadStore, 3, 5, 30), Step(s_wall, 2, 6, 9, pValue: 0.008));

        Assert.Equal(["load_store"], bisector.Bisected);
        Assert.Equal([("add_local", Sha(4)), ("add_local_wall", Sha(4))], bisector.Checked);
        Assert.All(new[] { s_addLocal, s_loadStore, s_wall }, s => Assert.Equal((ChangeState.Bisected, Sha(4)), (_database.Changes(s).Single().State, _database.Changes(s).Single().CulpritSha)));
    }

    [Fact]
    public async Task A_benchmark_that_moved_at_another_commit_in_an_overlapping_range_is_bisected_on_its_own()
    {
        var night = Night();
        var culprits = new Dictionary<string, string> { ["add_local"] = Sha(4), ["load_store"] = Sha(3) };

        var bisector = await ResolveAsync(night, 0, culprits, Step(s_addLocal, 2, 5, 30), Step(s_loadStore, 2, 5, 12));

        Assert.Equal(["add_local", "load_store"], bisector.Bisected);
        Assert.Equal([("load_store", Sha(4))], bisector.Checked);
        Assert.Equal(Sha(3), _database.Changes(s_loadStore).Single().CulpritSha);
    }

    [Fact]
    public async Task A_culprit_a_killed_night_recorded_is_checked_for_a_step_the_next_night_finds()
    {
        var killed = Night();
        var culprits = new Dictionary<string, string> { ["add_local"] = Sha(4), ["load_store"] = Sha(4) };
        await ResolveAsync(killed, 0, culprits, Step(s_addLocal, 2, 5, 30));

        var bisector = await ResolveAsync(Night(), 0, culprits, Step(s_loadStore, 3, 5, 12));

        Assert.Empty(bisector.Bisected);
        Assert.Equal([("load_store", Sha(4))], bisector.Checked);
        Assert.True(NightPolicy.IsUnreported(_database.Changes(s_addLocal).Single(), reportedThrough: killed - 1));
    }

    [Fact]
    public async Task A_rise_undone_before_a_night_reported_it_is_fixed_by_the_faster_step_and_not_bisected()
    {
        var night = Night();

        var bisector = await ResolveAsync(night, 0, new Dictionary<string, string>(), Step(s_addLocal, 3, 4, 30), Step(s_addLocal, 7, 8, -23));

        Assert.Empty(bisector.Bisected);
        var changes = _database.Changes(s_addLocal);
        var (rise, fix) = (changes.Single(c => c.ChangePercent > 0), changes.Single(c => c.ChangePercent < 0));
        Assert.Equal((ChangeState.Fixed, fix.Id, Sha(4)), (rise.State, rise.FixedBy, rise.CulpritSha));
        Assert.Equal((ChangeState.Improvement, Sha(8)), (fix.State, fix.CulpritSha));
    }

    [Fact]
    public async Task A_rise_a_night_already_reported_is_not_made_fixed_afterwards()
    {
        var first = Night();
        var culprits = new Dictionary<string, string> { ["add_local"] = Sha(4) };
        await ResolveAsync(first, 0, culprits, Step(s_addLocal, 3, 4, 30));
        _database.FinishNight(first, s_evening.AddHours(1));

        await ResolveAsync(Night(), first, culprits, Step(s_addLocal, 7, 8, -23));

        Assert.Equal([ChangeState.Bisected, ChangeState.Improvement], _database.Changes(s_addLocal).Select(c => c.State));
    }
}
