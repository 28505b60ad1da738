using System.Globalization;
using Bisector.Core.Findings;
using Bisector.Core.Session;
using Bisector.Core.Statistics;

namespace Bisector.Reporting.Text;

/// <summary>
/// The words for each finding of the engine: the one place the reports' notes, the steps' notes and the terminal's
/// progress notes get them from.
/// </summary>
public static class FindingText
{
    public static string Describe(Finding finding) => finding switch
    {
        SearchFromMergeBase f => $"{f.GoodRev} is not an ancestor of {f.BadRev}: searching from their merge base {f.Base.ShortSha}.",
        NothingToBisect f => $"{f.BadRev} is not {Slower(f.Direction)} than {f.GoodRev} by more than {f.ThresholdPercent}% ({ShiftWithInterval(f.Change)}, {f.Rounds} paired rounds): nothing to bisect.",
        EndpointsSwapped f =>
            $"{f.BadRev} is clearly {Slower(Opposite(f.Direction))} than {f.GoodRev} ({ShiftWithInterval(f.Change)}): were --good and --bad swapped? " +
            (f.Direction == Direction.Faster
                ? "To find the commit that made it slower, run without --direction faster."
                : "To find the commit that made it faster, run again with --direction faster."),
        EndpointsUnsure f =>
            $"Cannot tell whether {f.BadRev} is {Slower(f.Direction)} than {f.GoodRev} by more than {f.ThresholdPercent}%: after {f.Rounds} paired rounds the shift is {ShiftWithInterval(f.Change)}, " +
            (f.DetectablePercent is { } d ? $"and {CouldOnlyHaveConfirmed(f.Alpha)} a change of {d:0.0}% or more. " : "and these samples are too few to confirm any change. ") +
            "The noise hides changes of the threshold's size: quiet the machine, pin the benchmark to one CPU (--cpu), allow more samples (--max-samples), or count instructions instead of time (--metric callgrind).",
        RoundKeptFirstBad f =>
            $"Round {f.Round} judged {string.Join(", ", f.Ignored.Select(c => c.ShortSha))} good although an older commit of the same round was bad: " +
            "the first bad commit was kept, as git bisect does, and the re-check of the culprit against its parent decides.",
        CulpritAmongCandidates f => $"The culprit is one of {f.Count} commits: the ones before the first bad commit could not be built or measured conclusively.",
        RecheckNotBuilt f => $"Could not build {f.Commit.ShortSha} again for the final check.",
        RecheckNotConfirmed f => RecheckText.NotConfirmed(f),
        RecheckConfirmed f => RecheckText.Confirmed(f),
        StepVerdictRepaired f => RecheckText.Repaired(f),
        StepVerdictsHeld f => RecheckText.Held(f),
        MergeBranchUnbuildable f => $"{f.Merge.ShortSha} is a merge, and {f.Commit.ShortSha} on its branch does not build: the merge is the most precise answer.",
        MergeItselfSlower f =>
            $"{f.Merge.ShortSha} is a merge whose branch alone is not slower than its base ({f.ShiftPercent:+0.0;-0.0;0.0}%): " +
            "the slowdown comes from the merge itself, where the branch met the main line.",
        FoundOnMergedBranch f => $"Found on the branch that {f.Merge.ShortSha} ({f.Merge.Subject}) merged.",
        MergeBranchUnresolved f =>
            $"{f.Merge.ShortSha} is a merge, and no single commit of its branch could be confirmed{(f.Candidates.Count > 0 ? $" (candidates {string.Join(", ", f.Candidates.Select(c => c.ShortSha))})" : "")}: the merge is the most precise answer.",
        Multimodal f => Modes(f),
        InstructionsUnavailable f => $"Decided by time only; instructions were not counted: {f.Reason}",
        InstructionCountFailed f => $"Counting instructions on {f.Commit.ShortSha} failed ({f.Error})",
        VerdictOnTimeAlone f => $"{Describe(f.Failure)}; the verdict rests on time alone.",
        PairCompared f => PairText.Compared(f),
        CulpritInstructionsCounted f => InstructionText.Explain(f.Evidence),
        TimeInstructionsDisagree f => InstructionText.Explain(f.Both, f.GoodRev, f.BadRev),
        WorkSearched f => WorkText.Headline(f.Work),
        WorkStepCounted f => WorkText.Step(f.Number, f.Step),
        BuildFailed f => f.LogPath is null ? $"build failed: {f.Error}" : $"build failed: {f.Error} (log: {f.LogPath})",
        BenchmarkFailed f => $"benchmark failed: {f.Message}",
        StillUnknown f => $"still unknown after {ReportText.Count(f.Rounds, "round")}: treated as skipped",
        CountsVary f => string.Create(CultureInfo.InvariantCulture, $"its counts vary by {f.SpreadPercent:0.0} %, too much to place it"),
        EndpointCountsVary or WorkRiseAmbiguous or WorkPairNotCounted or WorkCulpritUnsteady or WorkRiseSpread or WorkAfterLayoutCulprit or WorkAfterNoCulprit
            or WorkMergeKept => WorkText.Describe(finding),
        MergeStepOnBranch or MergeStepKept => Mapping.MapText.Merge(finding),
        ProfileUnavailable f => $"No {(f.Instructions ? "instruction" : "time")} profile: {f.Reason}",
        ResumeHint f => $"What was done is saved in {f.WorkDirectory}; run again to resume: {f.Command}",
        ProfilingInterrupted => "Interrupted while profiling: the culprit is not explained; run `bisector profile` on it to finish.",
        InstructionSearchHint f => $"To find the commit that added the instructions, run: {f.Command} (or add --also-instructions to this command)",
        InstructionBisectHint f => $"To bisect by executed instructions, which do not drift with load, run: {f.Command}",
        LayoutsFailed or LayoutsUnavailable or CulpritIsPlacement or ChangeHiddenByPlacement or ResidueIsPlacement => LayoutText.Describe(finding),
        _ => throw new ArgumentOutOfRangeException(nameof(finding), finding, "A finding without words."),
    };

    /// <summary>The result's notes, in the order the engine found them.</summary>
    public static IReadOnlyList<string> Notes(BisectResult result) => result.Notes.Select(Describe).ToArray();

    /// <summary>The words of a finding that may be absent: <paramref name="none"/> for none.</summary>
    public static string Describe(Finding? finding, string none) => finding is null ? none : Describe(finding);

    /// <summary>"slower" for a search for a slowdown, "faster" for one for an improvement.</summary>
    public static string Slower(Direction direction) => direction == Direction.Faster ? "faster" : "slower";

    /// <summary>"+8.1%, 95% interval +4.2% to +10.2%": a change as the notes give it.</summary>
    public static string ShiftWithInterval(ChangeSummary change) =>
        $"{change.ShiftPercent:+0.0;-0.0;0.0}%, 95% interval {change.ShiftLowPercent:+0.0;-0.0;0.0}% to {change.ShiftHighPercent:+0.0;-0.0;0.0}%";

    /// <summary>The notes' words for what noisy samples allow: the intervals they print are 95 %, the verdicts' alpha is stricter.</summary>
    public static string CouldOnlyHaveConfirmed(double alpha) => $"at alpha {alpha:0.######}, the verdicts' confidence, these samples could only have confirmed";

    private static Direction Opposite(Direction direction) => direction == Direction.Faster ? Direction.Slower : Direction.Faster;

    /// <summary>
    /// Two modes in one revision's samples are two kinds of runs, with the likely cause: CPUs of different speed when the
    /// samples ran on several, else something that differs from process to process.
    /// </summary>
    private static string Modes(Multimodal f)
    {
        var cause = f.Cpus.Count switch
        {
            0 => "the samples were not pinned to one CPU, so they may have landed on CPUs of different speed (pin them with --cpu)",
            1 => $"all ran on CPU {f.Cpus[0]}, so not CPU placement: something that differs from process to process (address-space layout, frequency, other load)",
            _ => $"the samples ran on CPUs {string.Join(", ", f.Cpus)}, which may differ in speed (pin them to one with --cpu)",
        };
        return $"{f.Rev}'s {f.Samples} samples have {f.Modes.Count} modes ({string.Join(" and ", f.Modes.Select(m => m.ToString("G4", CultureInfo.InvariantCulture)))}): " +
               $"{cause}. Each verdict compared runs of one round, so the modes were never pooled into one.";
    }
}
