using Bisector.Core.Domain;

namespace Bisector.Core.Statistics.Layouts;

/// <summary>
/// A comparison over layouts read as a verdict in the direction asked, as the default builds' paired rounds are read: what
/// <c>compare</c> says when it measured over layouts, and whether the default builds hid a change the code made. Pure.
/// </summary>
public static class LayoutOutcome
{
    /// <summary>
    /// Worse by the threshold or more (the code moved the time that way, as <see cref="LayoutComparison.CodeMoved"/> has it:
    /// its interval over the layouts excludes no change and the shift reaches the threshold, or where the instructions do
    /// not show it, the whole interval lies beyond the threshold); better by it (the mirror); within it (the whole interval
    /// below the threshold in the direction asked); else the layouts cannot tell.
    /// </summary>
    public static EndpointOutcome Of(LayoutVerdict verdict, Direction direction, double thresholdPercent)
    {
        var sign = direction == Direction.Faster ? -1 : 1;
        var high = Math.Max(sign * verdict.LowPercent, sign * verdict.HighPercent);
        var moved = LayoutComparison.CodeMoved(verdict.ShiftPercent, verdict.LowPercent, verdict.HighPercent, thresholdPercent, verdict.WorkDirection);
        return moved && sign * verdict.ShiftPercent > 0 ? EndpointOutcome.Regression
            : moved ? EndpointOutcome.Faster
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
