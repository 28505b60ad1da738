namespace Bisector.Core.Abstractions;

/// <summary>One benchmark run: a value, or why there is none (a crash is a normal outcome).</summary>
public sealed record SampleOutcome(bool Success, double Value, string? Error)
{
    /// <summary>What the machine was doing meanwhile, where the runner could see it.</summary>
    public SampleConditions? Conditions { get; init; }

    public static SampleOutcome Of(double value) => new(true, value, null);

    public static SampleOutcome Failure(string error) => new(false, double.NaN, error);
}
