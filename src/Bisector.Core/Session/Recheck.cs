using Bisector.Core.Abstractions;
using Bisector.Core.Domain;
using Bisector.Core.Findings;
using Bisector.Core.Progress;
using Bisector.Core.Statistics;

namespace Bisector.Core.Session;

/// <summary>
/// The search's last commit measured again against its parent in paired rounds: it is the culprit when the slowdown
/// holds; when it does not, the verdicts that led the search there are in doubt and a finding says why.
/// </summary>
internal sealed class Recheck(IBuilder builds, PairedComparer pairs, VerdictEngine engine, SessionRecord record, ISessionObserver observer)
{
    /// <summary>The re-check's evidence, confirmed or not; null when the culprit or its parent could not be built again.</summary>
    public async Task<Verification?> RunAsync(CommitInfo culprit, CommitInfo parent, CancellationToken cancellationToken)
    {
        observer.Phase(new Rechecking(culprit, parent));
        var parentBuild = await builds.BuildAsync(parent, cancellationToken).ConfigureAwait(false);
        var culpritBuild = await builds.BuildAsync(culprit, cancellationToken).ConfigureAwait(false);
        if (!parentBuild.Success || !culpritBuild.Success)
        {
            record.Found(new RecheckNotBuilt(parentBuild.Success ? culprit : parent));
            return null;
        }

        var comparison = await pairs.CompareAsync(parent, parentBuild, culprit, culpritBuild, [], cancellationToken).ConfigureAwait(false);
        var rounds = pairs.Rounds(parent, culprit);
        var verification = new Verification(
            culprit.Sha,
            parent.Sha,
            rounds.Select(r => r.Baseline).ToArray(),
            rounds.Select(r => r.Candidate).ToArray(),
            comparison.Outcome,
            comparison.Change);
        if (verification.Confirmed)
        {
            observer.Found(new RecheckConfirmed(culprit, parent, comparison.Change, comparison.Rounds));
        }
        else
        {
            var options = engine.Options;
            record.Found(new RecheckNotConfirmed(
                culprit, parent, comparison.Outcome, options.Direction, options.ThresholdPercent, comparison.Change, comparison.Rounds, options.Alpha, engine.DetectableShiftPercent(rounds)));
        }

        return verification;
    }
}
