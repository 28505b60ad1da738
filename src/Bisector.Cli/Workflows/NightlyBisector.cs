using Bisector.Cli.Commands;
using Bisector.Cli.Hosting;
using Bisector.Core.Domain;
using Bisector.Core.Nightly;
using Bisector.Core.Session;
using Bisector.Reporting;
using Bisector.Reporting.Document;

namespace Bisector.Cli.Workflows;

/// <summary>The nightly job's bisections and culprit checks: the same session and reports as <c>run</c>, one report folder each.</summary>
internal sealed class NightlyBisector(CliHost host, NightlyOptions options, string nightDirectory) : INightBisector
{
    public Task<NightBisection> BisectAsync(NightStep step, CancellationToken cancellationToken)
    {
        host.Output.WriteLine($"== {step.Series.Benchmark}: {step.Step.ChangePercent:+0.0;-0.0}% between {step.Step.BeforeSha[..10]} and {step.Step.AfterSha[..10]} ({ReportText.Commits(step.Step.CommitsInRange)}): bisecting");
        return RunAsync(step, step.Step.BeforeSha, step.Step.AfterSha, step.Step.AfterSha, cancellationToken);
    }

    /// <summary>A run over the one commit: its endpoints are the culprit and its parent, measured in paired rounds and re-checked.</summary>
    public async Task<NightBisection> VerifyAsync(NightStep step, string culpritSha, CancellationToken cancellationToken)
    {
        if (host.Graph.Lookup(culpritSha).Parents is not [var parent, ..])
        {
            return new NightBisection(ChangeState.New, null, null);
        }

        host.Output.WriteLine($"== {step.Series.Benchmark}: {step.Step.ChangePercent:+0.0;-0.0}% between {step.Step.BeforeSha[..10]} and {step.Step.AfterSha[..10]}: checking {culpritSha[..10]}, already named, against its parent");
        var check = await RunAsync(step, parent, culpritSha, culpritSha, cancellationToken).ConfigureAwait(false);
        return check.CulpritSha == culpritSha ? check : check with { State = ChangeState.New };
    }

    private async Task<NightBisection> RunAsync(NightStep step, string good, string bad, string folder, CancellationToken cancellationToken)
    {
        // Twelve hex digits name a commit as surely as forty in any real repository, and read better in the progress and the report.
        var run = new RunOptions(good[..12], bad[..12], options.Host with { Benchmark = step.Series.Benchmark }) { Explain = options.Explain };
        var (result, explainedSteps) = await RunWorkflow.BisectAsync(host, run, SearchRange.Plan(host.Graph, run.Good, run.Bad), cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("A nightly bisection is never a dry run.");
        if (result.Status == BisectStatus.Interrupted)
        {
            // Nothing is recorded: the next night finds the step again and resumes the bisection from the journal.
            cancellationToken.ThrowIfCancellationRequested();
        }

        var reportDirectory = await host.WriteReportsAsync(ReportDocument.Of(result, explainedSteps), Path.Combine(nightDirectory, $"{step.Series.Benchmark}-{folder[..10]}")).ConfigureAwait(false);
        return new NightBisection(NightPolicy.StateAfterBisection(result.Status, result.Verification?.Confirmed), result.Culprit?.Sha, reportDirectory);
    }
}
