using Bisector.Core.Domain;

namespace Bisector.Core.Statistics.Layouts;

/// <summary>
/// A comparison over layouts read as a verdict in the direction asked, as the default builds' paired rounds are read: what
/// <c>compare</c> says when it measured over layouts, and whether the default builds hid a change the code made. Pure.
/// </summary>
public static class LayoutOutcome
{
    /// <summary>
    /// Worse by the threshold or more (the whole interval over the layouts at or beyond it in the direction asked, as the
    /// default builds' rounds must be to be called slower); better by it (the mirror); within it (the whole interval below
    /// the threshold in the direction asked); else the layouts cannot tell.
    /// </summary>
    public static EndpointOutcome Of(LayoutVerdict verdict, Direction direction, double thresholdPercent)
    {
        var sign = direction == Direction.Faster ? -1 : 1;
        var (low, high) = (Math.Min(sign * verdict.LowPercent, sign * verdict.HighPercent), Math.Max(sign * verdict.LowPercent, sign * verdict.HighPercent));
        return low >= thresholdPercent ? EndpointOutcome.Regression
            : high <= -thresholdPercent ? EndpointOutcome.Faster
            : high < thresholdPercent ? EndpointOutcome.NoRegression
            : EndpointOutcome.Unsure;
    }

    /// <summary>
    /// The default builds did not show the change (<paramref name="defaults"/> is not a regression) while over the layouts
    /// the code surely moved the time by the threshold or more in the direction asked: where the code landed hid it.
    /// </summary>
    public static bool Hidden(EndpointOutcome? defaults, LayoutVerdict verdict, Direction direction, double thresholdPercent) =>
        defaults is not EndpointOutcome.Regression && Of(verdict, direction, thresholdPercent) == EndpointOutcome.Regression;

    /// <summary>
    /// A run's status once its endpoints were measured over layouts: "no regression" says the data shows bad is not slower,
    /// which a change hidden by placement contradicts, so such a run ends inconclusive; every other status stands.
    /// </summary>
    public static BisectStatus RunStatus(BisectStatus status, bool hidden) =>
        hidden && status == BisectStatus.NoRegression ? BisectStatus.Inconclusive : status;
}
