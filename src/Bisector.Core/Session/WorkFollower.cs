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
/// endpoints' counts. When the counts repeat, the range is then mapped by them (<see cref="RangeMapping"/>), as a run on
/// an exact metric maps its own: every step of the work, what remains at the tip and what was undone.
/// </summary>
internal sealed class WorkFollower(InstructionCounter counts, IBuilder builds, IJournal journal, EveryStep everyStep, VerdictEngine engine, ISessionObserver observer)
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

        var (good, bad, metric) = (state.Good, state.Bad, counts.Probe.Metric);
        var direction = engine.Options.Direction;
        Finding reason = status == BisectStatus.CulpritFound
            ? new WorkAfterLayoutCulprit(state.Culprit!, good.Rev, bad.Rev, rise, direction)
            : new WorkAfterNoCulprit(status, state.Verification is { Confirmed: false } failed ? failed.CommitSha : null, good.Rev, bad.Rev, rise, direction)
            {
                HiddenByPlacement = state.HiddenByPlacement,
            };
        WorkSearch Ended(CommitInfo? culprit, IReadOnlyList<double> parentValues, IReadOnlyList<double> culpritValues, IReadOnlyList<CommitInfo> candidates, IReadOnlyList<WorkStep> steps, Finding? note)
        {
            // The reports lead with it (from Work); the progress says it now.
            var work = new WorkSearch(metric, reason, culprit, parentValues, culpritValues, candidates, steps, note);
            observer.Found(new WorkSearched(work));
            return work;
        }

        // A midpoint split needs counts that repeat: their spread must be small beside the endpoints' difference.
        var goodValues = journal.Samples(good.Sha, Series.Instructions);
        var badValues = journal.Samples(bad.Sha, Series.Instructions);
        var spread = new[] { goodValues, badValues }.Max(values => (values.Max() - values.Min()) / Summary.Of(values).Median * 100);
        if (spread > rise / 4)
        {
            return Ended(null, [], [], [], [], new EndpointCountsVary(spread, rise));
        }

        var midpoint = (Summary.Of(goodValues).Median + Summary.Of(badValues).Median) / 2;
        var range = plan.Commits;
        var search = new BisectionSearch(range.Count);
        observer.Phase(new FollowingWork(reason, metric, range.Count, search.EstimatedStepsLeft(1)));
        var steps = new List<WorkStep>();
        SearchDecision decision;
        while ((decision = search.Next()) is SearchDecision.Test test)
        {
            var commit = range[test.Index];
            var step = await CountWorkAsync(counter, commit, midpoint, sign, rise / 4, cancellationToken).ConfigureAwait(false);
            search.Record(test.Index, step.Verdict);
            steps.Add(step);
            observer.Found(new WorkStepCounted(steps.Count, step));
        }

        if (decision is SearchDecision.Ambiguous ambiguous)
        {
            var candidates = ambiguous.Indexes.Select(i => range[i]).ToArray();
            return Ended(null, [], [], candidates, steps, new WorkRiseAmbiguous(candidates));
        }

        var index = ((SearchDecision.Culprit)decision).Index;
        var (culprit, parent) = (range[index], index == 0 ? plan.Base : range[index - 1]);
        var parentBuild = await builds.BuildAsync(parent, cancellationToken).ConfigureAwait(false);
        var culpritBuild = await builds.BuildAsync(culprit, cancellationToken).ConfigureAwait(false);
        if (!parentBuild.Success || !culpritBuild.Success
            || await counts.CountAsync(counter, [(parent, parentBuild), (culprit, culpritBuild)], cancellationToken).ConfigureAwait(false) is not null)
        {
            return Ended(null, [], [], [culprit], steps, new WorkPairNotCounted(culprit, parent));
        }

        var parentValues = journal.Samples(parent.Sha, Series.Instructions);
        var culpritValues = journal.Samples(culprit.Sha, Series.Instructions);
        var change = sign * (Summary.Of(culpritValues).Median - Summary.Of(parentValues).Median) / Summary.Of(parentValues).Median * 100;
        var unsteady = new[] { parentValues, culpritValues }.Max(values => (values.Max() - values.Min()) / Summary.Of(values).Median * 100);
        if (unsteady > rise / 4)
        {
            return Ended(null, [], [], [culprit], steps, new WorkCulpritUnsteady(culprit, unsteady));
        }

        return change >= InstructionEvidence.SamePercent
            ? Ended(culprit, parentValues, culpritValues, [culprit], steps, null)
            : Ended(null, [], [], [culprit], steps, new WorkRiseSpread(culprit, change, direction));
    }

    /// <summary>One commit of the work search: built (or found), counted, and called bad when its count lies past the endpoints' midpoint.</summary>
    /// <param name="spreadLimit">Counts of one build that vary by more than this (percent) decide nothing: the step is skipped.</param>
    private async Task<WorkStep> CountWorkAsync(IBenchmarkRunner counter, CommitInfo commit, double midpoint, int sign, double spreadLimit, CancellationToken cancellationToken)
    {
        var build = await builds.BuildAsync(commit, cancellationToken).ConfigureAwait(false);
        if (!build.Success)
        {
            return new WorkStep(commit, Verdict.Skip, [], new BuildFailed(build.Error, null));
        }

        if (await counts.CountAsync(counter, [(commit, build)], cancellationToken).ConfigureAwait(false) is { } failure)
        {
            return new WorkStep(commit, Verdict.Skip, journal.Samples(commit.Sha, Series.Instructions), failure);
        }

        var values = journal.Samples(commit.Sha, Series.Instructions);
        var spread = (values.Max() - values.Min()) / Summary.Of(values).Median * 100;
        if (spread > spreadLimit)
        {
            return new WorkStep(commit, Verdict.Skip, values, new CountsVary(spread));
        }

        return new WorkStep(commit, sign * (Summary.Of(values).Median - midpoint) > 0 ? Verdict.Bad : Verdict.Good, values, null);
    }
}
