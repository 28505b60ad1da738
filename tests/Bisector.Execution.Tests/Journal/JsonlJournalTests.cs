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
}
