namespace Bisector.Core.Abstractions;

/// <summary>
/// Durable record of every sample taken, so an interrupted run resumes without measuring again. A sample belongs to a
/// commit, a series ("time" for the benchmark's metric, "instructions" for the instruction check) and a round: the
/// samples of one round were taken back to back, so only they are compared with each other.
/// </summary>
public interface IJournal
{
    /// <summary>Every value of a commit in a series, in the order taken.</summary>
    IReadOnlyList<double> Samples(string sha, string series);

    /// <summary>The rounds of a series in which every one of <paramref name="shas"/> has a value: one array per round, in the order of <paramref name="shas"/>.</summary>
    IReadOnlyList<double[]> Rounds(string series, IReadOnlyList<string> shas);

    /// <summary>What the machine was doing during each of a commit's samples in a series, where it was recorded.</summary>
    IReadOnlyList<SampleConditions> Conditions(string sha, string series);

    /// <summary>A commit's samples in a series as journaled, with their rounds, in the order taken.</summary>
    IReadOnlyList<JournalEntry> Entries(string sha, string series);

    void Append(JournalEntry entry);
}
