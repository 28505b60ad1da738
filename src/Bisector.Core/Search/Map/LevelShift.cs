namespace Bisector.Core.Search.Map;

/// <summary>How much a newer commit's level differs from an older one's, in percent, with its interval (equal to the estimate for an exact metric).</summary>
public sealed record LevelShift(double Percent, double LowPercent, double HighPercent)
{
    /// <summary>A shift measured without noise, such as an instruction count.</summary>
    public static LevelShift Exact(double percent) => new(percent, percent, percent);

    /// <summary>The shift as a log ratio: shifts in a row add up in this scale.</summary>
    public double Log => Math.Log(1 + (Percent / 100));

    /// <summary>
    /// A test's own answer to "moved by more than the threshold", where one was made (paired rounds of a time, at the
    /// run's alpha, the same test a re-check makes); null where the interval answers (an exact metric).
    /// </summary>
    public bool? SurelyBeyondThreshold { get; init; }

    /// <summary>
    /// Surely moved by at least the threshold: the test said so where there was one; otherwise the estimate is at least
    /// the threshold and the interval does not hold zero.
    /// </summary>
    public bool Moved(double thresholdPercent) =>
        SurelyBeyondThreshold ?? (Math.Abs(Percent) >= thresholdPercent && (LowPercent > 0 || HighPercent < 0));

    public static double PercentOfLog(double log) => (Math.Exp(log) - 1) * 100;
}
