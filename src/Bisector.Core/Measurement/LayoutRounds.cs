using Bisector.Core.Abstractions;
using Bisector.Core.Domain;
using Bisector.Core.Statistics.Layouts;

namespace Bisector.Core.Measurement;

/// <summary>
/// Takes the rounds of a comparison over layouts: round r runs the baseline's and the candidate's build of layout r mod K
/// back to back, through the sampler. The order alternates within each layout and from one layout to the next, so that
/// with an even count of layouts as many rounds run the baseline first as the candidate (3 rounds of each of 8 layouts:
/// 12 each way; layout 0's rounds from the journal keep the order they were taken in), where alternating within a layout
/// alone put the baseline first in 16 of 24. Whether the second run of a pair is slower varies: scripts/order-effect
/// read -1.6 % to +1.0 % from the sample pair's journals (755 rounds, loaded and quiet, 2026-12-06), +2.9 % from one
/// earlier check; balanced, none of it lands on one side. Layout 0's samples are journaled in the series itself, the
/// others' in the series of their layout, so that nothing else reads a padded build's time as the commit's. Rounds the
/// journal already holds for a layout count first, in the order taken, so a run resumed or repeated takes no sample
/// again and reaches the same verdict (layout 0's are any rounds of the two default builds, such as a re-check's; those
/// beyond the rounds asked per layout come last).
/// </summary>
public sealed class LayoutRounds(ILayoutBuilder builder, Sampler sampler, IJournal journal)
{
    /// <summary>The series a layout's samples are journaled in: the series itself for layout 0.</summary>
    public static string Series(string series, int layout) => layout == 0 ? series : $"{series}.layout-{layout}";

    /// <summary>
    /// <paramref name="roundsPerLayout"/> rounds of each of <paramref name="layouts"/> layouts; null with the failure when a
    /// layout of either side cannot be built or a sample fails.
    /// </summary>
    public async Task<(IReadOnlyList<LayoutRound>? Rounds, LayoutFailure? Failure)> TakeAsync(
        IBenchmarkRunner runner, string series, CommitInfo baseline, CommitInfo candidate, int layouts, int roundsPerLayout, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(layouts, 1);
        var builds = new List<(BuildOutcome Baseline, BuildOutcome Candidate)>();
        for (var layout = 0; layout < layouts; layout++)
        {
            var pair = (await builder.BuildLayoutAsync(baseline, layout, cancellationToken).ConfigureAwait(false),
                await builder.BuildLayoutAsync(candidate, layout, cancellationToken).ConfigureAwait(false));
            if (!pair.Item1.Success || !pair.Item2.Success)
            {
                var (commit, build) = pair.Item1.Success ? (candidate, pair.Item2) : (baseline, pair.Item1);
                return (null, new LayoutFailure(layout, commit, Built: false, build.Error));
            }

            builds.Add(pair);
        }

        var journaled = Enumerable.Range(0, layouts).Select(layout => journal.Rounds(Series(series, layout), [baseline.Sha, candidate.Sha])).ToArray();
        var rounds = new List<LayoutRound>();
        for (var round = 0; round < layouts * roundsPerLayout; round++)
        {
            var layout = round % layouts;
            if (journaled[layout] is { } known && known.Count > round / layouts)
            {
                rounds.Add(new LayoutRound(layout, known[round / layouts][0], known[round / layouts][1]));
                continue;
            }

            var id = Sampler.NewRound();
            var sides = new[] { (baseline, builds[layout].Baseline), (candidate, builds[layout].Candidate) };
            var values = new double[2];
            foreach (var side in ((round / layouts) + layout) % 2 == 0 ? new[] { 0, 1 } : [1, 0])
            {
                var (commit, build) = sides[side];
                var sample = await sampler.TakeAsync(runner, Series(series, layout), id, commit, build, cancellationToken).ConfigureAwait(false);
                if (!sample.Success)
                {
                    return (null, new LayoutFailure(layout, commit, Built: true, sample.Error));
                }

                values[side] = sample.Value;
            }

            rounds.Add(new LayoutRound(layout, values[0], values[1]));
        }

        // The default builds' other journaled rounds count too: they say what one build per commit shows.
        rounds.AddRange(journaled[0].Skip(roundsPerLayout).Select(known => new LayoutRound(0, known[0], known[1])));
        return (rounds, null);
    }
}
