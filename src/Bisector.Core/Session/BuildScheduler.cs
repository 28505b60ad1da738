using Bisector.Core.Abstractions;
using Bisector.Core.Domain;
using Bisector.Core.Failures;
using Bisector.Core.Search;

namespace Bisector.Core.Session;

/// <summary>
/// Every build of one session, over the builder's pool of checkouts: each commit is built once and every caller waits
/// for that build; while a step is measured, the commits the search tests next build ahead in the background, and the
/// ones its verdict rules out are called off. A decorator of <see cref="IBuilder"/>, so the session asks it for builds
/// as it would ask the builder.
/// </summary>
internal sealed class BuildScheduler(IBuilder builder, ISessionObserver observer, bool buildAhead) : IBuilder
{
    private readonly Dictionary<string, BuildOutcome> _builds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Task<BuildOutcome>> _building = new(StringComparer.Ordinal);
    private readonly HashSet<string> _aheadShas = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CancellationTokenSource> _callOff = new(StringComparer.Ordinal);
    private readonly HashSet<string> _restarted = new(StringComparer.Ordinal);

    public int Capacity => builder.Capacity;

    /// <summary>Commits built ahead of the search.</summary>
    public int AheadCount => _aheadShas.Count;

    /// <summary>Builds ahead the search used as they were (not called off and built again).</summary>
    public int AheadUsed => _aheadShas.Count(sha => _builds.ContainsKey(sha) && !_restarted.Contains(sha));

    /// <summary>The commit's build, waiting for it where it was started before (a round's builds, a build ahead); the observer hears of it once.</summary>
    public async Task<BuildOutcome> BuildAsync(CommitInfo commit, CancellationToken cancellationToken)
    {
        if (_builds.TryGetValue(commit.Sha, out var known))
        {
            return known;
        }

        var outcome = await NeedBuildAsync(commit, cancellationToken).ConfigureAwait(false);
        _builds[commit.Sha] = outcome;

        observer.Built(commit, outcome);
        return outcome;
    }

    public Task<BuildOutcome> BuildInBackgroundAsync(CommitInfo commit, CancellationToken cancellationToken) =>
        builder.BuildInBackgroundAsync(commit, cancellationToken);

    /// <summary>An endpoint's build, which must succeed: without it there is nothing to measure against.</summary>
    /// <param name="role">"good", "bad", "baseline" or "candidate", as the error names it.</param>
    public async Task<BuildOutcome> BuildEndpointAsync(ResolvedRevision revision, string role, CancellationToken cancellationToken)
    {
        var outcome = await BuildAsync(revision.Commit, cancellationToken).ConfigureAwait(false);
        if (!outcome.Success)
        {
            throw new UsageException(new RevisionDoesNotBuild(role, revision.Rev, revision.Commit, outcome.Error, outcome.LogPath));
        }

        return outcome;
    }

    /// <summary>The outcome of a build this session already waited for.</summary>
    public BuildOutcome Known(CommitInfo commit) => _builds[commit.Sha];

    /// <summary>Starts the builds of a round's commits at once, in separate checkouts, and waits for all of them.</summary>
    public Task NeedAllAsync(IEnumerable<CommitInfo> commits, CancellationToken cancellationToken) =>
        Task.WhenAll(commits.Select(commit => NeedBuildAsync(commit, cancellationToken)));

    /// <summary>
    /// Builds ahead: while the commit at <paramref name="index"/> is measured, build the commits the search tests next
    /// whichever way its verdict goes (one for each, so as many as the builder has checkouts), in the background.
    /// </summary>
    public void BuildAhead(BisectionSearch search, int index, IReadOnlyList<CommitInfo> range, CancellationToken cancellationToken)
    {
        if (!buildAhead || builder.Capacity < 2)
        {
            return;
        }

        var next = new[] { Verdict.Good, Verdict.Bad }
            .SelectMany(verdict =>
            {
                var whatIf = search.Copy();
                whatIf.Record(index, verdict);
                return whatIf.NextRound(1);
            })
            .Select(i => range[i])
            .Where(commit => !_building.ContainsKey(commit.Sha))
            .Take(builder.Capacity);
        foreach (var commit in next)
        {
            var callOff = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            _aheadShas.Add(commit.Sha);
            _callOff[commit.Sha] = callOff;
            _building[commit.Sha] = builder.BuildInBackgroundAsync(commit, callOff.Token);
        }
    }

    /// <summary>
    /// Once the next round is known, calls off the builds ahead of every other commit: the verdict ruled them out, and they
    /// would only hold a checkout and take CPU from the samples.
    /// </summary>
    public void CallOffBuildsAheadExcept(IReadOnlyList<CommitInfo> next)
    {
        foreach (var (sha, callOff) in _callOff.Where(entry => !next.Any(commit => commit.Sha == entry.Key)).ToArray())
        {
            callOff.Cancel();
            _callOff.Remove(sha);
        }
    }

    /// <summary>
    /// Calls off the builds ahead that are still running (the search is over) and waits until they have stopped. Called
    /// off or failed, none is a loss: nothing waits for it, and a commit needed later builds again (<see cref="StartBuild"/>).
    /// </summary>
    public async Task StopBuildingAheadAsync()
    {
        CallOffBuildsAheadExcept([]);
        foreach (var sha in _aheadShas.Where(sha => !_builds.ContainsKey(sha)))
        {
            await ((Task)_building[sha]).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>Every build this session made (not found in the cache), builds ahead that the search did not use included: they cost as much.</summary>
    public IEnumerable<BuildOutcome> Built() =>
        _building.Values.Where(build => build.IsCompletedSuccessfully).Select(build => build.Result).Where(build => build.Kind != BuildKind.Cached);

    /// <summary>
    /// The commit's build, needed now. One still running in the background goes slowly (lowest priority, the benchmark's
    /// CPU left out, maybe a checkout's first build): it is called off and built again in the foreground, in the first
    /// free checkout, with every CPU.
    /// </summary>
    private async Task<BuildOutcome> NeedBuildAsync(CommitInfo commit, CancellationToken cancellationToken)
    {
        if (_callOff.Remove(commit.Sha, out var callOff) && _building.TryGetValue(commit.Sha, out var inBackground) && !inBackground.IsCompleted)
        {
            await callOff.CancelAsync().ConfigureAwait(false);
            await ((Task)inBackground).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (!inBackground.IsCompletedSuccessfully)
            {
                _restarted.Add(commit.Sha);
            }
        }

        return await StartBuild(commit, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Starts the commit's build unless it is running or done; every caller of one commit waits for the same build. A build
    /// ahead that was called off (or failed) starts again.
    /// </summary>
    private Task<BuildOutcome> StartBuild(CommitInfo commit, CancellationToken cancellationToken)
    {
        if (!_building.TryGetValue(commit.Sha, out var build) || build.IsCanceled || build.IsFaulted)
        {
            build = builder.BuildAsync(commit, cancellationToken);
            _building[commit.Sha] = build;
        }

        return build;
    }
}
