using Bisector.Core.Domain;
using Bisector.Core.Nightly;
using Bisector.Testing;

namespace Bisector.History.Tests;

public sealed class ReadOnlyTests : IDisposable
{
    private static readonly HistorySeries s_series = new("main", "add_local", "cpu-time", "key-1", "host/Ryzen/2");

    private readonly TempDirectory _temp = new("bisector-history");

    private string DatabasePath => _temp.Combine("history.db");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Reading_a_missing_database_says_where_it_looked_and_what_creates_it()
    {
        var exception = Assert.Throws<UsageException>(() => HistoryDatabase.OpenReadOnly(DatabasePath));

        Assert.Contains(DatabasePath, exception.Message, StringComparison.Ordinal);
        Assert.Contains("bisector nightly", exception.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(DatabasePath));
    }

    [Fact]
    public void A_reader_sees_what_a_running_job_has_written_and_cannot_write()
    {
        using var job = HistoryDatabase.Open(DatabasePath, "bisector nightly");
        var night = job.BeginNight("main", "head", DateTimeOffset.UtcNow).Id;
        job.AddSample(s_series, night, "build-1", new HistorySample("aaa", "r1", 10, null));

        using var reader = HistoryDatabase.OpenReadOnly(DatabasePath);
        job.AddSample(s_series, night, "build-1", new HistorySample("aaa", "r2", 11, null));

        Assert.True(reader.IsReadOnly);
        Assert.Equal([s_series], reader.Series(null, null));
        Assert.Equal(2, reader.Samples(s_series)["aaa"].Count);
        Assert.Throws<InvalidOperationException>(() => reader.BeginNight("main", "head", DateTimeOffset.UtcNow));
        Assert.Throws<InvalidOperationException>(() => reader.AddSample(s_series, night, "build-1", new HistorySample("bbb", "r1", 1, null)));
    }

    [Fact]
    public void A_not_a_database_file_is_refused_with_its_path()
    {
        File.WriteAllText(DatabasePath, "this is a text file, long enough to have a header that is not SQLite's at all.");

        var exception = Assert.Throws<UsageException>(() => HistoryDatabase.OpenReadOnly(DatabasePath));

        Assert.Contains($"{DatabasePath} is not a history database", exception.Message, StringComparison.Ordinal);
    }
}
