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
                : $"it is not {slower} by more than {f.ThresholdPercent}% ({measured}), so it is not named: a step's verdict that led there was wrong " +
                  "(the machine's speed drifted during the search), or the change is spread over several commits below the threshold. The verdicts it contradicts are measured again.") +
            (f.Outcome == EndpointOutcome.Unsure ? Advice : string.Empty);
    }

    /// <summary>"4b36bae5fc holds against its parent 490ed90c8f: +89.9 % (95 % interval ...), 10 paired rounds".</summary>
    public static string Confirmed(RecheckConfirmed f) =>
        $"{f.Culprit.ShortSha} holds against its parent {f.Parent.ShortSha}: {FindingText.ShiftWithInterval(f.Change)}, {f.Rounds} paired rounds.";

    /// <summary>A contradicted step verdict that flipped in fresh rounds.</summary>
    public static string Repaired(StepVerdictRepaired f) =>
        $"Repaired: measured again in {f.Rounds} fresh rounds, {f.Commit.ShortSha} is {ReportNames.Verdict(f.Now)}, not {ReportNames.Verdict(f.Was)} as its step said " +
        $"(the re-check of {f.Culprit.ShortSha} contradicted that verdict), so the search went on from there, without the steps the wrong verdict had led to.";

    /// <summary>Contradicted step verdicts that held in fresh rounds: nothing to repair, no commit named.</summary>
    public static string Held(StepVerdictsHeld f) =>
        $"Measured again in fresh rounds, {string.Join(" and ", f.Retested.Select(r => $"{r.Commit.ShortSha} is {ReportNames.Verdict(r.Verdict)}"))}: " +
        (f.AfterUnsureRecheck
            ? "none of the verdicts that led the search there flipped, so no commit is named."
            : "none of the verdicts it contradicts flipped, so no commit is named: the change is spread over several commits below the threshold, or the noise swings faster than the rounds. " +
              Advice);

    private const string Advice =
        "Quiet the machine, pin the benchmark to one CPU (--cpu), or count instructions instead of time (--metric callgrind), which do not drift.";
}
