namespace Bisector.Core.Abstractions;

/// <summary>One benchmark run: a value, or why there is none (a crash is a normal outcome).</summary>
public sealed record SampleOutcome(bool Success, double Value, string? Error)
{
    public static SampleOutcome Of(double value) => new(true, value, null);

    public static SampleOutcome Failure(string error) => new(false, double.NaN, error);
}
