using Bisector.Core.Findings;
using Bisector.Core.Statistics;

namespace Bisector.Reporting.Text;

/// <summary>
/// <c>compare</c>'s verdict in words, in the direction asked: under --direction faster a "regression" is an improvement.
/// Measured over code layouts, their verdict leads (<see cref="ComparedText"/>).
/// </summary>
internal static class PairText
{
    public static string Compared(PairCompared f)
    {
        if (f.OverLayouts is { } layouts)
        {
            return ComparedText.Sentence(f, layouts);
        }

        var shift = $"{f.Change.ShiftPercent:+0.0;-0.0;0.0}% (95% interval {f.Change.ShiftLowPercent:+0.0;-0.0;0.0}% to {f.Change.ShiftHighPercent:+0.0;-0.0;0.0}%, {f.Rounds} paired rounds)";
        var (worse, better) = f.Direction == Direction.Faster ? ("faster", "slower") : ("slower", "faster");
        return f.Outcome switch
        {
            EndpointOutcome.Regression => $"{f.CandidateRev} is {worse} than {f.BaselineRev} by more than {f.ThresholdPercent}%: {shift}.",
            EndpointOutcome.Faster => $"{f.CandidateRev} is {better} than {f.BaselineRev}: {shift}.",
            EndpointOutcome.NoRegression => $"{f.CandidateRev} is not {worse} than {f.BaselineRev} by more than {f.ThresholdPercent}%: {shift}.",
            _ => $"The noise hides whether {f.CandidateRev} differs from {f.BaselineRev} by {f.ThresholdPercent}%: {shift}; the smallest change these samples could confirm is " +
                 (f.DetectablePercent is { } d ? $"{d:+0.0;-0.0}%." : "beyond reach."),
        };
    }
}
