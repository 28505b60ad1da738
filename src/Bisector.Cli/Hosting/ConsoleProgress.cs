using System.Diagnostics;
using System.Globalization;
using Bisector.Core.Abstractions;
using Bisector.Core.Domain;
using Bisector.Core.Progress;
using Bisector.Core.Search;
using Bisector.Core.Session;
using Bisector.Reporting;
using Bisector.Reporting.Progress;
using Serilog;
using Bisector.Reporting.Text;
using Bisector.Core.Findings;

namespace Bisector.Cli.Hosting;

/// <summary>
/// Progress on stdout, one line per milestone (the same with or without a terminal), mirrored to the log. On a terminal
/// a <see cref="LiveStatus"/> line below them says what is being done at this moment: building, measuring round k,
/// counting instructions, profiling. Once a search step has finished, the step lines and the status line say about how
/// long the search and the re-check of the culprit still need, from the time this run's steps took.
/// </summary>
internal sealed class ConsoleProgress(TextWriter output, ILogger log, string unit, LiveStatus? status = null) : ISessionObserver
{
    private readonly List<TimeSpan> _finishedSteps = [];
    private string _stage = "starting";
    private bool _counting;
    private bool _profiling;
    private long? _stepStarted;

    public void Phase(SessionPhase phase)
    {
        // The estimate covers the search and the re-check, so at the re-check only that is left; the other phases (the
        // endpoints, instruction counts, profiles) it does not cover, and they show none.
        var text = PhaseText.Describe(phase);
        var left = phase is Rechecking ? TimeLeft.Estimate(0, _finishedSteps) : null;
        output.WriteLine($"== {text}{(left is { } l ? $"; {TimeLeftText.Describe(l)}" : string.Empty)}");
        log.Information("{Phase}", text);
        status?.SetTimeLeft(left);
        _counting = phase is CountingInstructions;
        _profiling = phase is Profiling;
        _stage = PhaseText.Headline(phase);
        Show(string.Empty);
    }

    public void Testing(CommitInfo commit, int step, int stepsLeft, int candidatesLeft)
    {
        var left = TimeLeft.Estimate(stepsLeft, _finishedSteps);
        output.WriteLine($"[step {step}, about {stepsLeft} left, {Reporting.ReportText.Count(candidatesLeft, "commit")} in play{(left is { } l ? $"; {TimeLeftText.Describe(l)}" : string.Empty)}] testing {commit.ShortSha} {commit.Subject}");
        log.Information("Step {Step}: testing {Sha} {Subject}", step, commit.Sha, commit.Subject);
        status?.SetTimeLeft(left);
        _stepStarted = Stopwatch.GetTimestamp();
        _stage = $"step {step}, about {stepsLeft} left";
        Show($"building {commit.ShortSha}");
    }

    public void Built(CommitInfo commit, BuildOutcome outcome)
    {
        var what = outcome.Success ? $"{outcome.Kind.ToString().ToLowerInvariant()} build" : $"build FAILED ({outcome.Error}), log {outcome.LogPath}";
        output.WriteLine($"   {commit.ShortSha}: {what}{(outcome.Kind == BuildKind.Cached ? "" : $" in {outcome.Seconds:0.0} s")}{(outcome.Reason is { } why ? $" ({why})" : string.Empty)}");
        Show(_profiling ? "profiling" : outcome.Success ? $"measuring {commit.ShortSha}" : $"{commit.ShortSha} does not build");
    }

    public void Measured(CommitInfo commit, int samples, double lastValue)
    {
        log.Debug("Sample {Count} of {Sha}: {Value}", samples, commit.ShortSha, lastValue);
        Show(_counting ? $"counting instructions of {commit.ShortSha} ({samples} done)" : $"measuring round {samples} of {commit.ShortSha}");
    }

    public void Decided(StepRecord step)
    {
        if (step.Role == StepRole.Search && _stepStarted is { } started)
        {
            _finishedSteps.Add(Stopwatch.GetElapsedTime(started));
            _stepStarted = null;
        }

        var median = step.Summary is { } s ? string.Create(CultureInfo.InvariantCulture, $", median {Format.Number(s.Median)} {unit} [{Format.Number(s.MedianLow)}, {Format.Number(s.MedianHigh)}]") : string.Empty;
        var shift = step.Classification is { } c ? string.Create(CultureInfo.InvariantCulture, $", {c.ShiftPercent:+0.0;-0.0;0.0}% vs good") : string.Empty;
        output.WriteLine($"   {step.Commit.ShortSha} ({ReportNames.Role(step.Role)}): {step.Verdict.ToString().ToLowerInvariant()} after {Reporting.ReportText.Count(step.Samples, "sample")}{median}{shift}{(step.Note is null ? "" : $" ({FindingText.Describe(step.Note)})")}");
        log.Information("Verdict {Verdict} for {Sha} after {Samples} samples", step.Verdict, step.Commit.Sha, step.Samples);
        Show($"{step.Commit.ShortSha} is {step.Verdict.ToString().ToLowerInvariant()}");
    }

    public void Found(Finding finding)
    {
        var text = FindingText.Describe(finding);
        output.WriteLine($"   note: {text}");
        // The finding's kind lets a reader of the log find it without reading its words (the cost bench times the re-check's).
        log.ForContext("Finding", finding.GetType().Name).Information("{Note}", text);
    }

    private void Show(string doing) => status?.Set(doing.Length == 0 ? _stage : $"{_stage}: {doing}");
}
