using System.Diagnostics;
using Bisector.Core.Abstractions;
using Bisector.Core.Domain;
using Bisector.Core.Measurement;
using Bisector.Core.Progress;
using Bisector.Core.Search;
using Bisector.Core.Statistics;

namespace Bisector.Core.Session;

/// <summary>
/// The orchestrator: resolve, confirm the regression between the endpoints, search, re-verify the culprit, and follow
/// the work where time named no commit that does more work. Talks to git, builds, benchmarks and the journal only
/// through interfaces.
/// </summary>
public sealed partial class BisectSession(
    ICommitGraph graph,
    IBuilder builder,
    IBenchmarkRunner runner,
    IJournal journal,
    VerdictEngine engine,
    ISessionObserver observer,
    InstructionProbe? instructions = null)
{
    private const string TimeSeries = JournalSeries.Time;
    private const string InstructionSeries = JournalSeries.Instructions;

    private BuildScheduler? _scheduler;
    private int _rounds;
    private readonly List<StepRecord> _steps = [];
    private readonly List<string> _notes = [];
    private readonly Stopwatch _clock = new();
    private readonly Sampler _sampler = new(journal, observer);

    /// <summary>Commits tested at once in each round of the search: 1 is a bisection, k splits the range into k + 1 parts.</summary>
    public int Workers { get; init; } = 1;

    /// <summary>In a bisection, build the next commits either verdict would pick while one is measured (off with --no-build-ahead).</summary>
    public bool BuildAheadEnabled { get; init; } = true;

    /// <summary>Every build of this session, with build ahead where it is on.</summary>
    private BuildScheduler Builds => _scheduler ??= new BuildScheduler(builder, observer, BuildAheadEnabled);

    /// <summary>Where builds and samples ran, for the report: "local" or "slurm".</summary>
    public string Executor { get; init; } = "local";

    public async Task<BisectResult> RunAsync(BisectRequest request, CancellationToken cancellationToken)
    {
        _clock.Start();
        var plan = SearchRange.Plan(graph, request.GoodRev, request.BadRev);
        var state = new RunState(request, plan.Good, plan.Bad);
        try
        {
            var status = await RunCoreAsync(state, plan, cancellationToken).ConfigureAwait(false);
            state.Work = await FollowWorkAsync(state, plan, status, cancellationToken).ConfigureAwait(false);
            return Result(state, status);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The headline says it was interrupted, and the caller, which knows the command line, how to resume.
            return Result(state, BisectStatus.Interrupted);
        }
        finally
        {
            // No build ahead outlives the run: it would hold a checkout and a CPU after the answer.
            await Builds.StopBuildingAheadAsync().ConfigureAwait(false);
        }
    }

    private async Task<BisectStatus> RunCoreAsync(RunState state, SearchRange plan, CancellationToken cancellationToken)
    {
        var (good, bad, baseCommit, range) = (plan.Good, plan.Bad, plan.Base, plan.Commits);
        if (plan.FromMergeBase)
        {
            _notes.Add($"{good.Rev} is not an ancestor of {bad.Rev}: searching from their merge base {baseCommit.ShortSha}.");
            observer.Note(_notes[^1]);
        }

        observer.Phase(new BuildingEndpoints(good, bad));
        var goodBuild = await BuildEndpointAsync(good, "good", cancellationToken).ConfigureAwait(false);
        var badBuild = await BuildEndpointAsync(bad, "bad", cancellationToken).ConfigureAwait(false);

        observer.Phase(new ConfirmingChange());
        var beforeBad = range.Take(range.Count - 1).ToArray();
        var comparison = await MeasureEndpointsAsync(good.Commit, goodBuild, bad.Commit, badBuild, beforeBad, cancellationToken).ConfigureAwait(false);
        state.Change = comparison.Change;
        state.EndpointRounds = PairedRounds(good.Commit, bad.Commit, beforeBad);
        state.GoodBuild = goodBuild;
        state.BadBuild = badBuild;
        state.RangeLength = range.Count;
        AddEndpointStep(good.Commit, "good", Verdict.Good, state.EndpointRounds.Select(r => r.Baseline).ToArray(), goodBuild);
        var badVerdict = comparison.Outcome switch
        {
            EndpointOutcome.Regression => Verdict.Bad,
            EndpointOutcome.NoRegression or EndpointOutcome.Faster => Verdict.Good,
            _ => Verdict.Unknown,
        };
        AddEndpointStep(bad.Commit, "bad", badVerdict, state.EndpointRounds.Select(r => r.Candidate).ToArray(), badBuild);
        state.TimeVsInstructions = await CompareWithInstructionsAsync(good, bad, comparison, state.EndpointRounds, cancellationToken).ConfigureAwait(false);

        if (comparison.Outcome != EndpointOutcome.Regression)
        {
            return EndWithoutSearch(state, comparison);
        }

        observer.Phase(new Searching(comparison.Change.ShiftPercent, range.Count, new BisectionSearch(range.Count).EstimatedStepsLeft(1)));
        var decision = await SearchAsync(state, range, cancellationToken).ConfigureAwait(false);

        switch (decision)
        {
            case SearchDecision.Culprit culprit:
                var commit = range[culprit.Index];
                var parent = culprit.Index == 0 ? baseCommit : range[culprit.Index - 1];
                if (!await VerifyAsync(state, commit, parent, cancellationToken).ConfigureAwait(false))
                {
                    // Measured and not confirmed: inconclusive, no commit named. Not built again: ambiguous, one candidate.
                    return state.Verification is null ? BisectStatus.Ambiguous : BisectStatus.Inconclusive;
                }

                while (state.Culprit!.IsMerge && await DescendIntoMergeAsync(state, state.Culprit, cancellationToken).ConfigureAwait(false))
                {
                }

                state.Instructions = await CountInstructionsAsync(
                    graph.Lookup(state.Verification!.ParentSha), state.Culprit!, state.Verification.Change.ShiftPercent, cancellationToken).ConfigureAwait(false);
                if (state.Instructions is { } counted)
                {
                    observer.Note(counted.Explanation);
                }
                return BisectStatus.CulpritFound;
            case SearchDecision.Ambiguous ambiguous:
                state.Candidates = ambiguous.Indexes.Select(i => range[i]).ToArray();
                _notes.Add($"The culprit is one of {state.Candidates.Count} commits: the ones before the first bad commit could not be built or measured conclusively.");
                return BisectStatus.Ambiguous;
            default:
                throw new UnreachableException($"Search ended with {decision}.");
        }
    }

    /// <summary>
    /// The first-parent search named a merge: bisect the commits the merge brought in, from the branch's merge base
    /// (good, like everything before the merge) to the merged tip, and name the one that did it. True when a
    /// confirmed culprit on the branch replaced the merge; false when the merge stays the answer, with a note why.
    /// </summary>
    private async Task<bool> DescendIntoMergeAsync(RunState state, CommitInfo merge, CancellationToken cancellationToken)
    {
        var tip = graph.Lookup(merge.Parents[1]);
        var mergeBase = graph.MergeBase(merge.Parents[0], tip.Sha);
        var branch = mergeBase is null ? [] : graph.FirstParentRange(mergeBase.Sha, tip.Sha);
        if (mergeBase is null || branch.Count == 0)
        {
            return false;
        }

        observer.Phase(new DescendingIntoMerge(merge, branch.Count, mergeBase, tip));
        var branchState = new RunState(state.Request, new ResolvedRevision($"{merge.ShortSha} merge base", mergeBase), new ResolvedRevision($"{merge.ShortSha}^2", tip));
        var baseBuild = await Builds.BuildAsync(mergeBase, cancellationToken).ConfigureAwait(false);
        var tipBuild = await Builds.BuildAsync(tip, cancellationToken).ConfigureAwait(false);
        if (!baseBuild.Success || !tipBuild.Success)
        {
            _notes.Add($"{merge.ShortSha} is a merge, and {(baseBuild.Success ? tip : mergeBase).ShortSha} on its branch does not build: the merge is the most precise answer.");
            return false;
        }

        var beforeTip = branch.Take(branch.Count - 1).ToArray();
        var comparison = await MeasureEndpointsAsync(mergeBase, baseBuild, tip, tipBuild, beforeTip, cancellationToken).ConfigureAwait(false);
        branchState.EndpointRounds = PairedRounds(mergeBase, tip, beforeTip);
        branchState.GoodBuild = baseBuild;
        branchState.BadBuild = tipBuild;
        AddEndpointStep(mergeBase, "branch-good", Verdict.Good, branchState.EndpointRounds.Select(r => r.Baseline).ToArray(), baseBuild);
        AddEndpointStep(tip, "branch-bad", comparison.Outcome == EndpointOutcome.Regression ? Verdict.Bad : Verdict.Unknown, branchState.EndpointRounds.Select(r => r.Candidate).ToArray(), tipBuild);
        if (comparison.Outcome != EndpointOutcome.Regression)
        {
            _notes.Add(
                $"{merge.ShortSha} is a merge whose branch alone is not slower than its base ({comparison.Change.ShiftPercent:+0.0;-0.0;0.0}%): " +
                "the slowdown comes from the merge itself, where the branch met the main line.");
            return false;
        }

        var decision = await SearchAsync(branchState, branch, cancellationToken).ConfigureAwait(false);
        if (decision is SearchDecision.Culprit found)
        {
            var commit = branch[found.Index];
            var parent = found.Index == 0 ? mergeBase : branch[found.Index - 1];
            if (await VerifyAsync(branchState, commit, parent, cancellationToken).ConfigureAwait(false))
            {
                _notes.Add($"Found on the branch that {merge.ShortSha} ({merge.Subject}) merged.");
                (state.Culprit, state.Candidates, state.Verification) = (commit, [commit], branchState.Verification);
                return true;
            }
        }

        var candidates = decision is SearchDecision.Ambiguous ambiguous ? ambiguous.Indexes.Select(i => branch[i].ShortSha) : [];
        _notes.Add($"{merge.ShortSha} is a merge, and no single commit of its branch could be confirmed{(candidates.Any() ? $" (candidates {string.Join(", ", candidates)})" : "")}: the merge is the most precise answer.");
        return false;
    }

    /// <summary>
    /// The endpoints did not show the change the search needs. Say which of three things the data shows: no change
    /// above the threshold; a change the other way (swapped endpoints?); or noise too large to tell.
    /// </summary>
    private BisectStatus EndWithoutSearch(RunState state, EndpointComparison comparison)
    {
        var (good, bad, threshold) = (state.Good.Rev, state.Bad.Rev, engine.Options.ThresholdPercent);
        var slower = engine.Options.Direction == Direction.Faster ? "faster" : "slower";
        var shift = ShiftWithInterval(comparison.Change);
        switch (comparison.Outcome)
        {
            case EndpointOutcome.NoRegression:
                _notes.Add($"{bad} is not {slower} than {good} by more than {threshold}% ({shift}, {comparison.Rounds} paired rounds): nothing to bisect.");
                return BisectStatus.NoRegression;
            case EndpointOutcome.Faster:
                _notes.Add(
                    $"{bad} is clearly {(engine.Options.Direction == Direction.Faster ? "slower" : "faster")} than {good} ({shift}): were --good and --bad swapped? " +
                    (engine.Options.Direction == Direction.Faster
                        ? "To find the commit that made it slower, run without --direction faster."
                        : "To find the commit that made it faster, run again with --direction faster."));
                return BisectStatus.NoRegression;
            default:
                var detectable = engine.DetectableShiftPercent(state.EndpointRounds);
                _notes.Add(
                    $"Cannot tell whether {bad} is {slower} than {good} by more than {threshold}%: after {comparison.Rounds} paired rounds the shift is {shift}, " +
                    (detectable is { } d ? $"and {CouldOnlyHaveConfirmed} a change of {d:0.0}% or more. " : "and these samples are too few to confirm any change. ") +
                    "The noise hides changes of the threshold's size: quiet the machine, pin the benchmark to one CPU (--cpu), allow more samples (--max-samples), or count instructions instead of time (--metric callgrind).");
                return BisectStatus.Inconclusive;
        }
    }

    /// <summary>"+8.1%, 95% interval +4.2% to +10.2%": a change as the notes give it.</summary>
    private static string ShiftWithInterval(ChangeSummary change) =>
        $"{change.ShiftPercent:+0.0;-0.0;0.0}%, 95% interval {change.ShiftLowPercent:+0.0;-0.0;0.0}% to {change.ShiftHighPercent:+0.0;-0.0;0.0}%";

    /// <summary>The notes' words for what noisy samples allow: the intervals they print are 95 %, the verdicts' alpha is stricter.</summary>
    private string CouldOnlyHaveConfirmed => $"at alpha {engine.Options.Alpha:0.######}, the verdicts' confidence, these samples could only have confirmed";

    /// <summary>
    /// Rounds of the search: each tests <see cref="Workers"/> commits that split what is left into equal parts (one, the
    /// middle, in a bisection). A round's commits build at once, in separate checkouts; their samples never overlap, each
    /// commit is measured in its own rounds with good and bad as a single bisection step is.
    /// </summary>
    private async Task<SearchDecision> SearchAsync(RunState state, IReadOnlyList<CommitInfo> range, CancellationToken cancellationToken)
    {
        var search = new BisectionSearch(range.Count);
        var stepNumber = 0;
        var round = 0;
        try
        {
            while (search.NextRound(Workers) is { Count: > 0 } indexes)
            {
                round++;
                var commits = indexes.Select(i => range[i]).ToArray();
                Builds.CallOffBuildsAheadExcept(commits);
                if (Workers > 1)
                {
                    observer.Phase(new SearchRound(round, commits));
                }

                await Builds.NeedAllAsync(commits, cancellationToken).ConfigureAwait(false);
                if (Workers == 1)
                {
                    Builds.BuildAhead(search, indexes[0], range, cancellationToken);
                }

                var verdicts = new List<(int Index, Verdict Verdict)>();
                foreach (var (index, commit) in indexes.Zip(commits))
                {
                    stepNumber++;
                    observer.Testing(commit, stepNumber, (search.EstimatedStepsLeft(Workers) * Workers) - verdicts.Count, search.FirstBad - search.LastGood);
                    // Rounds of commits this search has not tested yet are from a later step of an earlier run of it:
                    // they stay out of this step's pool, so that a resumed or repeated run decides as the first one did.
                    var later = Enumerable.Range(search.LastGood + 1, Math.Max(0, search.FirstBad - search.LastGood - 1))
                        .Where(i => i != index && search.VerdictAt(i) is null && !verdicts.Any(v => v.Index == i))
                        .Select(i => range[i])
                        .ToArray();
                    var step = await TestCommitAsync(state, commit, later, cancellationToken).ConfigureAwait(false);
                    step = step with { Load = LoadSummary.Of(journal.Conditions(commit.Sha, TimeSeries)), Round = round };
                    verdicts.Add((index, step.Verdict));
                    _steps.Add(step);
                    observer.Decided(step);
                }

                var ignored = search.RecordRound(verdicts);
                if (ignored.Count > 0)
                {
                    _notes.Add(
                        $"Round {round} judged {string.Join(", ", ignored.Select(i => range[i].ShortSha))} good although an older commit of the same round was bad: " +
                        "the first bad commit was kept, as git bisect does, and the re-check of the culprit against its parent decides.");
                    observer.Note(_notes[^1]);
                }
            }

            await Builds.StopBuildingAheadAsync().ConfigureAwait(false);
            return search.Next();
        }
        finally
        {
            _rounds += round;
        }
    }

    private BisectResult Result(RunState state, BisectStatus status)
    {
        var endpoints = Endpoints(state);
        if (endpoints is not null)
        {
            SayWhenMultimodal(state.Good, endpoints.Good.Count, endpoints.GoodModes);
            SayWhenMultimodal(state.Bad, endpoints.Bad.Count, endpoints.BadModes);
        }

        return ResultOf(state, status, endpoints);
    }

    private EndpointNoise? Endpoints(RunState state)
    {
        if (state.EndpointRounds.Count == 0)
        {
            return null;
        }

        var good = state.EndpointRounds.Select(r => r.Baseline).ToArray();
        var bad = state.EndpointRounds.Select(r => r.Candidate).ToArray();
        return new EndpointNoise(Summary.Of(good), Summary.Of(bad), engine.DetectableShiftPercent(state.EndpointRounds))
        {
            GoodModes = Modality.Modes(good),
            BadModes = Modality.Modes(bad),
        };
    }

    /// <summary>
    /// Two modes in one revision's samples are two kinds of runs. The verdicts never pool them (each compares runs of one
    /// round), but the person should know, and know the likely cause: CPUs of different speed when the samples ran on
    /// several, else something that differs from process to process, such as address-space layout or frequency.
    /// </summary>
    private void SayWhenMultimodal(ResolvedRevision revision, int samples, IReadOnlyList<double> modes)
    {
        if (modes.Count < 2)
        {
            return;
        }

        var cpus = LoadSummary.Of(journal.Conditions(revision.Sha, TimeSeries))?.Cpus ?? [];
        var cause = cpus.Count switch
        {
            0 => "the samples were not pinned to one CPU, so they may have landed on CPUs of different speed (pin them with --cpu)",
            1 => $"all ran on CPU {cpus[0]}, so not CPU placement: something that differs from process to process (address-space layout, frequency, other load)",
            _ => $"the samples ran on CPUs {string.Join(", ", cpus)}, which may differ in speed (pin them to one with --cpu)",
        };
        _notes.Add(
            $"{revision.Rev}'s {samples} samples have {modes.Count} modes ({string.Join(" and ", modes.Select(m => m.ToString("G4", System.Globalization.CultureInfo.InvariantCulture)))}): " +
            $"{cause}. Each verdict compared runs of one round, so the modes were never pooled into one.");
    }

    private BisectResult ResultOf(RunState state, BisectStatus status, EndpointNoise? endpoints) => new BisectResult(
        status,
        state.Request,
        state.Good,
        state.Bad,
        state.Culprit,
        state.Candidates,
        state.Change,
        state.Verification,
        _steps.ToArray(),
        state.RangeLength,
        Builds.Built().Count(),
        _clock.Elapsed,
        _notes.ToArray())
    {
        Endpoints = endpoints,
        Instructions = state.Instructions,
        Work = state.Work,
        TimeVsInstructions = state.TimeVsInstructions,
        BuildSeconds = Builds.Built().Sum(b => b.Seconds),
        BenchmarkSeconds = _sampler.Measuring.TotalSeconds,
        SamplesTaken = _sampler.Taken,
        SamplesReused = _steps.Select(s => s.Commit.Sha).Concat(state.Verification is { } v ? [v.ParentSha] : []).Distinct()
            .Sum(sha => journal.Samples(sha, TimeSeries).Count + journal.Samples(sha, InstructionSeries).Count - _sampler.TakenOf(sha)),
        Direction = engine.Options.Direction,
        Search = new SearchShape(Workers, _rounds, Builds.AheadCount, Builds.AheadUsed) { Executor = Executor },
    };

    private sealed class RunState(BisectRequest request, ResolvedRevision good, ResolvedRevision bad)
    {
        public BisectRequest Request { get; } = request;

        public ResolvedRevision Good { get; } = good;

        public ResolvedRevision Bad { get; } = bad;

        /// <summary>Good and bad measured back to back: the endpoint check's evidence, and the pool every step is judged against.</summary>
        public IReadOnlyList<PairedRound> EndpointRounds { get; set; } = [];

        public BuildOutcome? GoodBuild { get; set; }

        public BuildOutcome? BadBuild { get; set; }

        public ChangeSummary? Change { get; set; }

        public CommitInfo? Culprit { get; set; }

        public IReadOnlyList<CommitInfo> Candidates { get; set; } = [];

        public Verification? Verification { get; set; }

        public InstructionEvidence? Instructions { get; set; }

        public TimeVsInstructions? TimeVsInstructions { get; set; }

        public WorkSearch? Work { get; set; }

        public int RangeLength { get; set; }
    }
}
