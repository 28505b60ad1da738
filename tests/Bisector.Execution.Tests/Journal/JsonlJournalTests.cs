using Bisector.Execution.Journal;
using Bisector.Testing;

namespace Bisector.Execution.Tests.Journal;

public sealed class JsonlJournalTests
{
    [Fact]
    public void Samples_survive_a_reopen_and_a_torn_last_line_loses_only_itself()
    {
        using var folder = new TempDirectory();
        var path = folder.Combine("j", "journal.jsonl");
        var journal = new JsonlJournal(path);
        journal.Append("aaa", "search", 1.5);
        journal.Append("aaa", "search", 2.5);
        journal.Append("bbb", "verify", 7);
        File.AppendAllText(path, "{\"Sha\":\"aaa\",\"Ser");

        var reopened = new JsonlJournal(path);

        Assert.Equal([1.5, 2.5], reopened.Samples("aaa", "search"));
        Assert.Equal([7.0], reopened.Samples("bbb", "verify"));
        Assert.Empty(reopened.Samples("bbb", "search"));
        Assert.Equal(3, reopened.Count);
    }

    [Fact]
    public void A_journal_reads_the_samples_another_writer_appended_since_its_last_read()
    {
        using var folder = new TempDirectory();
        var path = folder.Combine("journal.jsonl");
        var mine = new JsonlJournal(path);
        var other = new JsonlJournal(path);
        mine.Append("aaa", "search", 1);

        other.Append("aaa", "search", 2);
        other.Append("bbb", "search", 3);

        Assert.Equal([1.0, 2.0], mine.Samples("aaa", "search"));
        Assert.Equal([3.0], mine.Samples("bbb", "search"));
        Assert.Equal([1.0, 2.0], other.Samples("aaa", "search"));
        Assert.Equal(3, mine.Count);
    }

    [Fact(Timeout = 60_000)]
    public async Task Writers_appending_at_once_never_interleave_their_lines()
    {
        using var folder = new TempDirectory();
        var path = folder.Combine("journal.jsonl");
        var writers = Enumerable.Range(0, 4).Select(_ => new JsonlJournal(path)).ToArray();

        await Task.WhenAll(writers.Select((journal, w) => Task.Run(() =>
        {
            for (var i = 0; i < 250; i++)
            {
                journal.Append($"sha{w}", "search", i);
            }
        })));

        var reader = new JsonlJournal(path);
        Assert.Equal(1000, File.ReadAllLines(path).Length);
        Assert.Equal(1000, reader.Count);
        Assert.All(Enumerable.Range(0, 4), w => Assert.Equal(Enumerable.Range(0, 250).Select(i => (double)i), reader.Samples($"sha{w}", "search")));
    }

    [Fact]
    public void A_sample_appended_after_a_torn_line_is_kept()
    {
        using var folder = new TempDirectory();
        var path = folder.Combine("journal.jsonl");
        new JsonlJournal(path).Append("aaa", "search", 1);
        File.AppendAllText(path, "{\"Sha\":\"aaa\",\"Ser");

        new JsonlJournal(path).Append("aaa", "search", 2);

        Assert.Equal([1.0, 2.0], new JsonlJournal(path).Samples("aaa", "search"));
    }
}
