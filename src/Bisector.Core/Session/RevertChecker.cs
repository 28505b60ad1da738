using Bisector.Core.Abstractions;
using Bisector.Core.Domain;
using Bisector.Core.Reverting;

namespace Bisector.Core.Session;

/// <summary>
/// The culprit undone at the tip, built and measured against the tip in paired rounds, as the re-check measures culprit
/// against parent; and over code layouts too when the run's time verdicts are taken that way, or when the revert's time
/// and its executed instructions disagree (one build per commit can put the reverted code where it runs as slowly as
/// before: on CPython the revert of a +53 % culprit once measured +4.4 % slower than the tip while executing 15 % fewer
/// instructions, and -35 % in the run before).
/// </summary>
internal sealed class RevertChecker(IReverter reverter, BuildScheduler builds, PairedComparer pairs, LayoutCheck layouts, InstructionCounter counts, double thresholdPercent)
{
    /// <param name="explained">The change the culprit is said to explain (the endpoints', or the culprit's own); null when none was measured.</param>
    /// <param name="layoutCount">The code layouts to measure the revert over as well; 1 for the default builds alone.</param>
    public async Task<RevertCheck> CheckAsync(CommitInfo culprit, CommitInfo tip, ExplainedChange? explained, int layoutCount, CancellationToken cancellationToken)
    {
        var explainedShiftPercent = explained?.ShiftPercent;
        var attempt = reverter.Revert(tip.Sha, culprit.Sha);
        if (attempt.Commit is not { } reverted)
        {
            return new RevertCheck(culprit.Sha, tip.Sha, null, attempt.Conflicts, null, explainedShiftPercent, null, NotBuilt: false);
        }

        var tipBuild = await builds.BuildAsync(tip, cancellationToken).ConfigureAwait(false);
        var revertedBuild = await builds.BuildAsync(reverted, cancellationToken).ConfigureAwait(false);
        if (!tipBuild.Success || !revertedBuild.Success)
        {
            return new RevertCheck(culprit.Sha, tip.Sha, reverted.Sha, [], null, explainedShiftPercent, null, NotBuilt: true);
        }

        var comparison = await pairs.CompareAsync(tip, tipBuild, reverted, revertedBuild, [], cancellationToken).ConfigureAwait(false);
        var check = new RevertCheck(
            culprit.Sha, tip.Sha, reverted.Sha, [], comparison.Change, explainedShiftPercent,
            RevertCheck.Recovered(comparison.Change.ShiftPercent, explainedShiftPercent), NotBuilt: false);
        var automatic = false;
        int? workDirection = null;
        if (layoutCount <= 1 && counts.Probe?.Runner is not null
            && await counts.CountAsync(tip, reverted, comparison.Change.ShiftPercent, cancellationToken).ConfigureAwait(false) is { } work)
        {
            check = check with { InstructionShiftPercent = work.ChangePercent };
            workDirection = InstructionEvidence.Direction(work.ChangePercent);
            automatic = TimeVsInstructions.Disagree(comparison.Change, work.ChangePercent, thresholdPercent);
            layoutCount = automatic ? LayoutCheck.WhenTimeAndInstructionsDisagree : layoutCount;
        }

        if (layoutCount <= 1
            || await layouts.CompareAsync(ResolvedRevision.Of(tip), ResolvedRevision.Of(reverted), layoutCount, comparison.Rounds, automatic, workDirection, cancellationToken).ConfigureAwait(false) is not { } evidence)
        {
            return check;
        }

        // The share divides two changes measured the same way: a change measured on the default builds alone is measured
        // again over these layouts (the journal keeps its rounds); where that fails, neither it nor a share is given.
        var explainedOver = explained is { } e && e.Layouts != layoutCount
            ? await layouts.CompareAsync(e.Before, e.After, layoutCount, comparison.Rounds, automatic, e.WorkDirection, cancellationToken).ConfigureAwait(false)
            : null;
        var over = explained?.Layouts == layoutCount ? explainedShiftPercent : explainedOver?.Verdict.ShiftPercent;
        return check with
        {
            OverLayouts = evidence,
            ExplainedOverLayouts = explainedOver,
            ExplainedShiftPercent = over,
            RecoveredSharePercent = RevertCheck.Recovered(evidence.Verdict.ShiftPercent, over),
        };
    }
}
