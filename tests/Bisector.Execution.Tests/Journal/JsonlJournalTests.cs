using Bisector.Core.Abstractions;
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
        journal.Append(new JournalEntry("aaa", "search", "r1", 1.5) { Conditions = new SampleConditions(1, 0.5, 3, DateTimeOffset.UnixEpoch) });
        journal.Append(new JournalEntry("bbb", "search", "r1", 4));
        journal.Append(new JournalEntry("aaa", "search", "r2", 2.5));
        journal.Append(new JournalEntry("bbb", "verify", "r3", 7));
        File.AppendAllText(path, "{\"Sha\":\"aaa\",\"Ser");

        var reopened = new JsonlJournal(path);

        Assert.Equal([1.5, 2.5], reopened.Samples("aaa", "search"));
        Assert.Equal([7.0], reopened.Samples("bbb", "verify"));
        Assert.Equal([4.0], reopened.Samples("bbb", "search"));
        Assert.Equal(4, reopened.Count);

        // Only the round that holds both commits pairs them.
        var rounds = reopened.Rounds("search", ["aaa", "bbb"]);
        Assert.Equal([1.5, 4.0], Assert.Single(rounds));
        Assert.Equal(1, Assert.Single(reopened.Conditions("aaa", "search")).Cpu);
    }
}
