using System.Diagnostics;
using Bisector.Testing;

namespace Bisector.History.Tests;

/// <summary>The one-writer lock, held and contended by real processes.</summary>
public sealed class JobLockTests : IDisposable
{
    private readonly TempDirectory _temp = new("bisector-history");

    private string DatabasePath => _temp.Combine("history.db");

    public void Dispose() => _temp.Dispose();

    [Fact(Timeout = 60_000)]
    public async Task A_job_in_another_process_is_refused_with_a_message_naming_the_holder()
    {
        using var holder = DummyProcess.Start("hold", DatabasePath, "bisector nightly --repo /src/app");
        await holder.ExpectLineAsync("held");

        var exception = Assert.Throws<HistoryLockedException>(() => HistoryDatabase.Open(DatabasePath, "bisector nightly --repo /src/other"));

        Assert.StartsWith(
            $"The history database {DatabasePath} is in use by another nightly job: pid {holder.Id} on host {Environment.MachineName}, started ",
            exception.Message,
            StringComparison.Ordinal);
        Assert.EndsWith(" UTC (bisector nightly --repo /src/app). It is free when that job ends.", exception.Message, StringComparison.Ordinal);
        Assert.Equal(holder.Id, exception.Holder!.ProcessId);
        Assert.InRange(DateTimeOffset.UtcNow - exception.Holder.Started, TimeSpan.Zero, TimeSpan.FromMinutes(1));
    }

    [Fact(Timeout = 60_000)]
    public async Task After_the_holder_is_killed_the_next_job_opens_and_records_the_killed_one_as_interrupted()
    {
        using var holder = DummyProcess.Start("hold", DatabasePath, "bisector nightly");
        await holder.ExpectLineAsync("held");

        holder.Kill();

        using (HistoryDatabase.Open(DatabasePath, "bisector nightly"))
        {
        }

        Assert.Equal(
            ["interrupted", "finished"],
            RawSqlite.Column(DatabasePath, "SELECT how_ended FROM jobs ORDER BY id"));
    }

    [Fact(Timeout = 60_000)]
    public async Task Open_with_a_wait_gets_the_database_when_the_holder_ends_in_time()
    {
        using var holder = DummyProcess.Start("hold", DatabasePath, "bisector nightly");
        await holder.ExpectLineAsync("held");

        var opening = Task.Run(() => HistoryDatabase.Open(DatabasePath, "bisector nightly", TimeSpan.FromSeconds(30)));
        await Task.Delay(500);
        Assert.False(opening.IsCompleted);
        await holder.EndAsync();
        using var database = await opening;

        Assert.False(database.IsReadOnly);
    }

    [Fact(Timeout = 60_000)]
    public async Task Open_with_a_wait_gives_up_when_the_wait_ends()
    {
        using var holder = DummyProcess.Start("hold", DatabasePath, "bisector nightly");
        await holder.ExpectLineAsync("held");
        var stopwatch = Stopwatch.StartNew();

        var exception = Assert.Throws<HistoryLockedException>(() => HistoryDatabase.Open(DatabasePath, "bisector nightly", TimeSpan.FromSeconds(1)));

        Assert.InRange(stopwatch.Elapsed, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(20));
        Assert.Equal(holder.Id, exception.Holder!.ProcessId);
    }

    [Fact]
    public void A_second_open_in_the_same_process_is_refused_too_and_dispose_frees_it()
    {
        var first = HistoryDatabase.Open(DatabasePath, "bisector nightly");

        var exception = Assert.Throws<HistoryLockedException>(() => HistoryDatabase.Open(DatabasePath, "bisector nightly"));
        first.Dispose();
        using var second = HistoryDatabase.Open(DatabasePath, "bisector nightly");

        Assert.Equal(Environment.ProcessId, exception.Holder!.ProcessId);
    }

    [Fact(Timeout = 60_000)]
    public async Task The_lock_is_an_flock_that_other_programs_see_and_respect()
    {
        // flock(1) from util-linux takes the same kind of lock as .NET's FileShare.None on Linux.
        using (HistoryDatabase.Open(DatabasePath, "bisector nightly"))
        {
            Assert.Equal(1, await FlockAsync("-n", DatabasePath + ".lock", "true"));
        }

        Assert.Equal(0, await FlockAsync("-n", DatabasePath + ".lock", "true"));

        using var other = Process.Start(new ProcessStartInfo("flock", [DatabasePath + ".lock", "-c", "echo locked; exec sleep 60"])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            Assert.Equal("locked", await other.StandardOutput.ReadLineAsync(timeout.Token));
            var exception = Assert.Throws<HistoryLockedException>(() => HistoryDatabase.Open(DatabasePath, "bisector nightly"));
            // That program recorded no job: the message says the lock file is held.
            Assert.Null(exception.Holder);
            Assert.Contains($"holds {DatabasePath}.lock", exception.Message, StringComparison.Ordinal);
        }
        finally
        {
            other.Kill(entireProcessTree: true);
            await other.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(2)).Token);
        }
    }

    private static async Task<int> FlockAsync(params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo("flock", args) { UseShellExecute = false })!;
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(2)).Token);
        return process.ExitCode;
    }
}
