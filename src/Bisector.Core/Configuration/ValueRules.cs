namespace Bisector.Core.Configuration;

/// <summary>What a value accepts, in the same words wherever it comes from: the config names its field, the command line its option.</summary>
public static class ValueRules
{
    public const string ThresholdPercent = "must be a positive number of percent, e.g. 5";

    public const string Alpha = "must be a false-positive rate above 0 and below 0.5, e.g. 0.001";

    public const string Samples = "must be a whole number of samples, at least 1";

    public static bool IsThresholdPercent(double value) => double.IsFinite(value) && value > 0;

    public static bool IsAlpha(double value) => value is > 0 and < 0.5;

    public static bool IsSamples(int value) => value >= 1;
}
