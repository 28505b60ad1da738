namespace Bisector.Core.Session;

/// <summary>The journal's series a session measures: the metric's values and, beside a time, the instruction counts.</summary>
internal static class Series
{
    public const string Time = Abstractions.JournalSeries.Time;

    public const string Instructions = Abstractions.JournalSeries.Instructions;

    public const string Retest = Abstractions.JournalSeries.Retest;
}
