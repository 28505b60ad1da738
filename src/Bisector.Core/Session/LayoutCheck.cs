using Bisector.Core.Abstractions;
using Bisector.Core.Domain;
using Bisector.Core.Findings;
using Bisector.Core.Measurement;
using Bisector.Core.Statistics;
using Bisector.Core.Statistics.Layouts;

namespace Bisector.Core.Session;

/// <summary>
/// Compares two revisions over several code layouts of each (rounds pairing the same layout of both sides) and keeps
/// what the time change is: the code's, the placement's, both, or none. Null when the builder cannot relink, or a layout failed.
/// </summary>
internal sealed class LayoutCheck(ILayoutBuilder? builder, IBenchmarkRunner runner, Sampler sampler, VerdictEngine engine, SessionRecord record, ExecutorKind executor)
{
    /// <summary>How the layouts differ, for the report: a pad of 16 bytes per layout in front of each link's code.</summary>
    public const string Method = "link-pad-16";

    /// <summary>Fewest rounds of each layout, so that every layout's median rests on more than one pair.</summary>
    public const int MinRoundsPerLayout = 3;

    public async Task<LayoutEvidence?> CompareAsync(
        ResolvedRevision baseline, ResolvedRevision candidate, int layouts, int rounds, CancellationToken cancellationToken)
    {
        if (builder is null)
        {
            record.Found(new LayoutsUnavailable(executor), sayNow: true);
            return null;
        }

        var perLayout = Math.Max(MinRoundsPerLayout, (rounds + layouts - 1) / layouts);
        var (taken, failure) = await new LayoutRounds(builder, sampler)
            .TakeAsync(runner, Series.Time, baseline.Commit, candidate.Commit, layouts, perLayout, cancellationToken).ConfigureAwait(false);
        if (taken is null)
        {
            record.Found(new LayoutsFailed(failure!.Layout, failure.Commit.Sha, failure.Built, failure.Error), sayNow: true);
            return null;
        }

        var verdict = LayoutComparison.Compare(taken, engine.Options.ThresholdPercent);
        return new LayoutEvidence(baseline, candidate, Method, verdict);
    }
}
