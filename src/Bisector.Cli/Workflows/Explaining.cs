using Bisector.Cli.Hosting;
using Bisector.Core.Abstractions;
using Bisector.Core.Domain;
using Bisector.Core.Session;
using Bisector.Core.Statistics;
using Bisector.Core.Findings;

namespace Bisector.Cli.Workflows;

/// <summary>Adds a culprit's explanation to a result; an interruption keeps the result and says the explanation is missing.</summary>
internal static class Explaining
{
    public static async Task<BisectResult> ExplainAsync(
        BisectResult result, BenchmarkSetup setup, IBuilder builder, ISessionObserver observer,
        CommitInfo parent, CommitInfo culprit, ChangeSummary change, CancellationToken cancellationToken)
    {
        var ratio = change.BaselineMedian > 0 ? change.RegressedMedian / change.BaselineMedian : 1;
        try
        {
            var explanation = await setup.Explainer(builder, observer).ExplainAsync(culprit, parent, ratio, cancellationToken).ConfigureAwait(false);
            return result with { Explanation = explanation };
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return result with { Notes = [.. result.Notes, new ProfilingInterrupted()] };
        }
    }
}
