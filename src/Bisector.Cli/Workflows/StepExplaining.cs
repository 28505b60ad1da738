using System.Diagnostics;
using Bisector.Cli.Commands;
using Bisector.Cli.Hosting;
using Bisector.Core.Abstractions;
using Bisector.Core.Domain;
using Bisector.Core.Explain;
using Bisector.Core.Session;
using Bisector.Reporting;
using Bisector.Reporting.Text;

namespace Bisector.Cli.Workflows;

/// <summary>
/// Every step of a mapped range that remains at the tip, explained against its parent as the culprit is (profiles, machine
/// code, hot instructions), each as the report <c>bisector profile STEP --vs PARENT</c> writes: the run's report links them
/// from its every-step section. The culprit's folder holds the run's own explanation, profiled once. A step that cannot be
/// explained (it or its parent does not build, nothing could be profiled, a tool failed) is said once and gets no folder.
/// </summary>
internal static class StepExplaining
{
    /// <summary>The explained steps, oldest first, as profile results (good: the parent, bad: the step); empty when the range was not mapped.</summary>
    public static async Task<IReadOnlyList<BisectResult>> ExplainAsync(
        CliHost host, RunOptions options, BisectResult result, BenchmarkSetup setup, IBuilder builder, ISessionObserver observer, CancellationToken cancellationToken)
    {
        if (result is not { Map: { } map, Status: not BisectStatus.Interrupted } || cancellationToken.IsCancellationRequested)
        {
            return [];
        }

        var steps = map.Map.Remaining.Select(step => (Commit: map.Commit(step.Index), Parent: map.Commit(step.Index - 1), step.Shift.Percent)).ToArray();
        var explainedAlready = result.Explanation is not null ? result.Culprit?.Sha : null;
        var others = steps.Count(s => s.Commit.Sha != explainedAlready);
        if (others > 0)
        {
            var other = explainedAlready is null ? string.Empty : "other ";
            host.Output.WriteLine(
                $"== Explaining {(others == 1 ? $"the {other}step" : $"the {others} {other}steps")} of the range that {(others == 1 ? "remains" : "remain")} at {result.Request.BadRev}, " +
                $"each against its parent, into {ReportNames.StepsFolder}/ beside the report (--no-explain turns this off)");
        }

        var explained = new List<BisectResult>();
        foreach (var (commit, parent, percent) in steps)
        {
            var clock = Stopwatch.StartNew();
            var explanation = commit.Sha == explainedAlready
                ? result.Explanation
                : await ExplainAsync(host, setup.Explainer(builder, observer), commit, parent, cancellationToken).ConfigureAwait(false);
            if (explanation is null)
            {
                // Said already; an interrupt keeps the steps explained so far.
                if (cancellationToken.IsCancellationRequested)
                {
                    break;
                }

                continue;
            }

            if (Failure(explanation, parent) is { } failure)
            {
                host.Output.WriteLine($"   {commit.ShortSha}: not explained: {failure}");
                continue;
            }

            explained.Add(await StepReportAsync(options, setup, commit, parent, explanation, clock.Elapsed).ConfigureAwait(false));
            if (commit.Sha != explainedAlready)
            {
                var missing = explanation.Unavailable.Select(ConclusionText.Unavailable).ToArray();
                host.Output.WriteLine(
                    $"   {commit.ShortSha} {Format.Percent(percent)}: explained against {parent.ShortSha} in {ReportNames.StepFolder(commit)}/" +
                    (missing.Length == 0 ? string.Empty : $" ({string.Join("; ", missing)})"));
            }
        }

        return explained;
    }

    /// <summary>The explainer's answer, or null when it failed: the failure is said (and logged with its details) here, once.</summary>
    private static async Task<Explanation?> ExplainAsync(CliHost host, CulpritExplainer explainer, CommitInfo commit, CommitInfo parent, CancellationToken cancellationToken)
    {
        try
        {
            return await explainer.ExplainAsync(commit, parent, null, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return null;
        }
        catch (Exception ex)
        {
            Logging.FileOnly(host.Log).Error(ex, "Explaining {Sha} against {Parent} failed", commit.Sha, parent.Sha);
            host.Output.WriteLine($"   {commit.ShortSha}: not explained: {ex.Message} (details in the log: {host.LogPath})");
            return null;
        }
    }

    /// <summary>Why an explanation explains nothing: the pair does not build, or neither profile could be taken; null when it explains.</summary>
    private static string? Failure(Explanation explanation, CommitInfo parent) => explanation switch
    {
        { Unbuildable: true } => $"it or its parent {parent.ShortSha} does not build",
        { Profile: null } => string.Join("; ", explanation.Unavailable.Select(ConclusionText.Unavailable).DefaultIfEmpty("nothing could be profiled")),
        _ => null,
    };

    /// <summary>The step's report: what <c>bisector profile</c> writes for it, with the command that does so.</summary>
    private static async Task<BisectResult> StepReportAsync(RunOptions options, BenchmarkSetup setup, CommitInfo step, CommitInfo parent, Explanation explanation, TimeSpan elapsed)
    {
        var (stepRev, parentRev) = (step.ShortSha, parent.ShortSha);
        var profiled = new BisectResult(
            BisectStatus.Profiled, setup.Request(parentRev, stepRev), new ResolvedRevision(parentRev, parent), new ResolvedRevision(stepRev, step), null, [], null, null, [], 0, 0, elapsed, [])
        {
            Explanation = explanation,
        };
        return await setup.DescribedAsync(profiled, new ProfileOptions(stepRev, parentRev, options.Host).Reproduce).ConfigureAwait(false);
    }
}
