using Bisector.Core.Abstractions;
using Bisector.Core.Domain;
using Bisector.Core.Findings;
using Bisector.Core.Mapping;
using Bisector.Core.Progress;
using Bisector.Core.Search;
using Bisector.Core.Statistics;

namespace Bisector.Core.Session;

/// <summary>
/// The commit where the executed instructions rose, searched when time could not name a commit that does more work:
/// instruction counts move with the program's work only, so a near-exact count splits the range at the midpoint of the
/// endpoints' counts (<see cref="WorkBisection"/>), and a merge it names is followed into its branch
/// (<see cref="WorkMergeDescent"/>) as the time search's is. When the counts repeat, the range is then mapped by them
/// (<see cref="RangeMapping"/>), as a run on an exact metric maps its own: every step of the work, what remains at the
/// tip and what was undone.
/// </summary>
internal sealed class WorkFollower(
    InstructionCounter counts, WorkBisection bisection, WorkMergeDescent merges, IJournal journal, EveryStep everyStep, VerdictEngine engine, ISessionObserver observer)
{
    /// <summary>
    /// Follows the work when time named no commit that does more work although the endpoints' executed instructions
    /// rose: time's culprit executes the same instructions as its parent (layout moved it), or time named none (the
    /// re-check failed, the noise hid the change, or layout made bad as fast as good). A second search, on instruction
    /// counts alone, names the commit where the work rose. Null when it is not needed or there is no counter.
    /// </summary>
    public async Task<WorkSearch?> FollowAsync(RunState state, SearchRange plan, BisectStatus status, CancellationToken cancellationToken)
    {
        var work = await SearchAsync(state, plan, status, cancellationToken).ConfigureAwait(false);
        if (work is null || work.Note is EndpointCountsVary || !state.Request.MapSteps || counts.Probe?.Runner is not { } counter)
        {
            return work;
        }

        // After the search, so that every commit it counted is in the journal and costs nothing again.
        return work with { Map = await everyStep.MapAsync(counter, Series.Instructions, work.Metric, state, plan, cancellationToken).ConfigureAwait(false) };
    }

    private async Task<WorkSearch?> SearchAsync(RunState state, SearchRange plan, BisectStatus status, CancellationToken cancellationToken)
    {
        if (state.TimeVsInstructions is not { } endpoints || counts.Probe?.Runner is not { } counter)
        {
            return null;
        }

        var sign = engine.Options.Direction == Direction.Faster ? -1 : 1;
        var rise = sign * endpoints.InstructionShiftPercent;
        var timeFoundWork = status == BisectStatus.CulpritFound && (state.Instructions is null || sign * state.Instructions.ChangePercent >= InstructionEvidence.SamePercent);
        if (rise < Math.Max(engine.Options.ThresholdPercent, InstructionEvidence.SamePercent) || timeFoundWork)
        {
            return null;
        }

        var (good, bad, metric, direction) = (state.Good, state.Bad, counts.Probe.Metric, engine.Options.Direction);
        Finding reason = status == BisectStatus.CulpritFound
            ? new WorkAfterLayoutCulprit(state.Culprit!, good.Rev, bad.Rev, rise, direction)
            : new WorkAfterNoCulprit(status, state.Verification is { Confirmed: false } failed ? failed.CommitSha : null, good.Rev, bad.Rev, rise, direction)
            {
                HiddenByPlacement = state.HiddenByPlacement,
            };
        WorkSearch Ended(WorkLine line, IReadOnlyList<WorkStep> steps)
        {
            // The reports lead with it (from Work); the progress says it now.
            var work = new WorkSearch(metric, reason, line.Culprit, line.ParentValues, line.CulpritValues, line.Candidates, steps, line.Note);
            observer.Found(new WorkSearched(work));
            return work;
        }

        // A midpoint split needs counts that repeat: their spread must be small beside the endpoints' difference.
        var goodValues = journal.Samples(good.Sha, Series.Instructions);
        var badValues = journal.Samples(bad.Sha, Series.Instructions);
        var spread = Math.Max(WorkBisection.SpreadPercent(goodValues), WorkBisection.SpreadPercent(badValues));
        if (spread > rise / 4)
        {
            return Ended(WorkLine.None([], new EndpointCountsVary(spread, rise)), []);
        }

        var midpoint = (Summary.Of(goodValues).Median + Summary.Of(badValues).Median) / 2;
        observer.Phase(new FollowingWork(reason, metric, plan.Commits.Count, new BisectionSearch(plan.Commits.Count).EstimatedStepsLeft(1)));
        var steps = new List<WorkStep>();
        var found = await bisection.SearchAsync(counter, plan.Base, plan.Commits, midpoint, sign, rise, steps, cancellationToken).ConfigureAwait(false);
        return Ended(await merges.FollowAsync(found, counter, sign, steps, cancellationToken).ConfigureAwait(false), steps);
    }
}
