using Bisector.Core.Findings;
using Bisector.Core.Statistics;

namespace Bisector.Reporting.Text;

/// <summary>Why the search's last commit is not named: its re-check against its parent was unsure or showed no change.</summary>
internal static class RecheckText
{
    public static string NotConfirmed(RecheckNotConfirmed f)
    {
        var slower = FindingText.Slower(f.Direction);
        var measured = $"{FindingText.ShiftWithInterval(f.Change)}, {f.Rounds} paired rounds";
        return $"The search ended on {f.Culprit.ShortSha}, but measured again against its parent {f.Parent.ShortSha} " +
            (f.Outcome == EndpointOutcome.Unsure
                ? $"the noise hides whether it is {slower} by more than {f.ThresholdPercent}% ({measured}" +
                  (f.DetectablePercent is { } d ? $"; {FindingText.CouldOnlyHaveConfirmed(f.Alpha)} {d:0.0}% or more" : string.Empty) +
                  "), so it is not named. "
                : $"it is not {slower} by more than {f.ThresholdPercent}% ({measured}), so no commit is named: the change is spread over several commits below the threshold, " +
                  "or the machine's speed drifted during the search and misled a step. ") +
            "Quiet the machine, pin the benchmark to one CPU (--cpu), or count instructions instead of time (--metric callgrind), which do not drift.";
    }
}
