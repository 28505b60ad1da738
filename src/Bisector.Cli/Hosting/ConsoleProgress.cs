using System.Globalization;
using Bisector.Core.Abstractions;
using Bisector.Core.Domain;
using Bisector.Core.Session;
using Bisector.Reporting;
using Serilog;

namespace Bisector.Cli.Hosting;

/// <summary>Progress on stdout, one line per milestone (works the same with or without a terminal), mirrored to the log.</summary>
internal sealed class ConsoleProgress(TextWriter output, ILogger log, string unit) : ISessionObserver
{
    public void Phase(string text)
    {
        output.WriteLine($"== {text}");
        log.Information("{Phase}", text);
    }

    public void Testing(CommitInfo commit, int step, int stepsLeft, int candidatesLeft)
    {
        output.WriteLine($"[step {step}, about {stepsLeft} left, {candidatesLeft} commits in play] testing {commit.ShortSha} {commit.Subject}");
        log.Information("Step {Step}: testing {Sha} {Subject}", step, commit.Sha, commit.Subject);
    }

    public void Built(CommitInfo commit, BuildOutcome outcome)
    {
        var what = outcome.Success ? $"{outcome.Kind.ToString().ToLowerInvariant()} build" : $"build FAILED ({outcome.Error}), log {outcome.LogPath}";
        output.WriteLine($"   {commit.ShortSha}: {what}{(outcome.Kind == BuildKind.Cached ? "" : $" in {outcome.Seconds:0.0} s")}{(outcome.Reason is { } why ? $" ({why})" : string.Empty)}");
    }

    public void Measured(CommitInfo commit, int samples, double lastValue)
    {
        log.Debug("Sample {Count} of {Sha}: {Value}", samples, commit.ShortSha, lastValue);
    }

    public void Decided(StepRecord step)
    {
        var median = step.Summary is { } s ? string.Create(CultureInfo.InvariantCulture, $", median {Format.Number(s.Median)} {unit} [{Format.Number(s.MedianLow)}, {Format.Number(s.MedianHigh)}]") : string.Empty;
        var shift = step.Classification is { } c ? string.Create(CultureInfo.InvariantCulture, $", {c.ShiftPercent:+0.0;-0.0;0.0}% vs good") : string.Empty;
        output.WriteLine($"   {step.Commit.ShortSha} ({step.Role}): {step.Verdict.ToString().ToLowerInvariant()} after {step.Samples} samples{median}{shift}{(step.Note is null ? "" : $" ({step.Note})")}");
        log.Information("Verdict {Verdict} for {Sha} after {Samples} samples", step.Verdict, step.Commit.Sha, step.Samples);
    }

    public void Note(string text)
    {
        output.WriteLine($"   note: {text}");
        log.Information("{Note}", text);
    }
}
