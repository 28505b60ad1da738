namespace Bisector.Core.Abstractions;

/// <summary>One sample as the journal keeps it: whose, which series and round, the value, and what the machine was doing.</summary>
public sealed record JournalEntry(string Sha, string Series, string Round, double Value)
{
    public SampleConditions? Conditions { get; init; }
}
