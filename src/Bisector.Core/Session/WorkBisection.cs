using Bisector.Core.Abstractions;
using Bisector.Core.Domain;
using Bisector.Core.Findings;
using Bisector.Core.Search;
using Bisector.Core.Statistics;

namespace Bisector.Core.Session;

/// <summary>
/// One line of commits bisected by instruction counts: each commit is bad when its count lies past the midpoint of the
/// line's ends' counts; the first bad commit is then counted against its parent to confirm the rise is its own.
/// </summary>
internal sealed class WorkBisection(InstructionCounter counts, IBuilder builds, IJournal journal, ISessionObserver observer)
{
    /// <summary>How far a commit's counts spread from run to run, in percent of their median.</summary>
    public static double SpreadPercent(IReadOnlyList<double> values) => (values.Max() - values.Min()) / Summary.Of(values).Median * 100;

    /// <summary>The commit of <paramref name="line"/> (after <paramref name="baseCommit"/>) where the counts pass <paramref name="midpoint"/>.</summary>
    /// <param name="rise">The ends' difference in percent, in the asked direction: counts that vary by more than a quarter of it decide nothing.</param>
    /// <param name="steps">Every commit counted, appended in the order counted (the search's table goes on across merged branches).</param>
    public async Task<WorkLine> SearchAsync(
        IBenchmarkRunner counter, CommitInfo baseCommit, IReadOnlyList<CommitInfo> line, double midpoint, int sign, double rise, List<WorkStep> steps, CancellationToken cancellationToken)
    {
        var search = new BisectionSearch(line.Count);
        SearchDecision decision;
        while ((decision = search.Next()) is SearchDecision.Test test)
        {
            var step = await CountWorkAsync(counter, line[test.Index], midpoint, sign, rise / 4, cancellationToken).ConfigureAwait(false);
            search.Record(test.Index, step.Verdict);
            steps.Add(step);
            observer.Found(new WorkStepCounted(steps.Count, step));
        }

        if (decision is SearchDecision.Ambiguous ambiguous)
        {
            var candidates = ambiguous.Indexes.Select(i => line[i]).ToArray();
            return WorkLine.None(candidates, new WorkRiseAmbiguous(candidates));
        }

        var index = ((SearchDecision.Culprit)decision).Index;
        var (culprit, parent) = (line[index], index == 0 ? baseCommit : line[index - 1]);
        var parentBuild = await builds.BuildAsync(parent, cancellationToken).ConfigureAwait(false);
        var culpritBuild = await builds.BuildAsync(culprit, cancellationToken).ConfigureAwait(false);
        if (!parentBuild.Success || !culpritBuild.Success
            || await counts.CountAsync(counter, [(parent, parentBuild), (culprit, culpritBuild)], cancellationToken).ConfigureAwait(false) is not null)
        {
            return WorkLine.None([culprit], new WorkPairNotCounted(culprit, parent));
        }

        var parentValues = journal.Samples(parent.Sha, Series.Instructions);
        var culpritValues = journal.Samples(culprit.Sha, Series.Instructions);
        var change = sign * (Summary.Of(culpritValues).Median - Summary.Of(parentValues).Median) / Summary.Of(parentValues).Median * 100;
        var unsteady = Math.Max(SpreadPercent(parentValues), SpreadPercent(culpritValues));
        if (unsteady > rise / 4)
        {
            return WorkLine.None([culprit], new WorkCulpritUnsteady(culprit, unsteady));
        }

        return change >= InstructionEvidence.SamePercent
            ? new WorkLine(culprit, parentValues, culpritValues, [culprit], null)
            : WorkLine.None([culprit], new WorkRiseSpread(culprit, change, sign < 0 ? Direction.Faster : Direction.Slower));
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
        var spread = SpreadPercent(values);
        if (spread > spreadLimit)
        {
            return new WorkStep(commit, Verdict.Skip, values, new CountsVary(spread));
        }

        return new WorkStep(commit, sign * (Summary.Of(values).Median - midpoint) > 0 ? Verdict.Bad : Verdict.Good, values, null);
    }
}
