namespace Bisector.Core.Session;

/// <summary>The journal's series a session measures: the metric's values and, beside a time, the instruction counts.</summary>
internal static class Series
{
    public const string Time = "time";

    public const string Instructions = "instructions";
}
