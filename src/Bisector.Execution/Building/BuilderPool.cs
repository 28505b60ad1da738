using Bisector.Core.Abstractions;
using Bisector.Core.Domain;

namespace Bisector.Execution.Building;

/// <summary>
/// Several private checkouts, each with its own <see cref="CachingBuilder"/> over the one artifact cache: a build
/// takes the first free checkout, so up to <see cref="Capacity"/> commits build at once (a multisection round, or
/// the builds ahead of a bisection), and builds one after another all go to the first checkout, incremental on top
/// of each other, as with a single checkout. A checkout is opened only when a build first needs it.
/// </summary>
public sealed class BuilderPool : IBuilder, ILayoutBuilder, IDisposable
{
    private readonly Func<int, CachingBuilder> _open;
    private readonly CachingBuilder?[] _builders;
    private readonly SortedSet<int> _free = [];
    private readonly SemaphoreSlim _available;
    private readonly object _gate = new();

    /// <param name="capacity">How many checkouts, at most.</param>
    /// <param name="open">Opens the builder of checkout i (0 is the one a single-checkout run uses).</param>
    public BuilderPool(int capacity, Func<int, CachingBuilder> open)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _open = open;
        _builders = new CachingBuilder?[capacity];
        _available = new SemaphoreSlim(capacity, capacity);
        for (var i = 0; i < capacity; i++)
        {
            _free.Add(i);
        }
    }

    public int Capacity => _builders.Length;

    /// <summary>The first checkout's builder: where a profile or a single build goes.</summary>
    public CachingBuilder First => Builder(0);

    public Task<BuildOutcome> BuildAsync(CommitInfo commit, CancellationToken cancellationToken) =>
        OnFreeCheckoutAsync(commit, builder => builder.BuildAsync(commit, cancellationToken), cancellationToken);

    public Task<BuildOutcome> BuildInBackgroundAsync(CommitInfo commit, CancellationToken cancellationToken) =>
        OnFreeCheckoutAsync(commit, builder => builder.BuildInBackgroundAsync(commit, cancellationToken), cancellationToken);

    /// <summary>A layout relinks a commit's cached build (or builds it first) on a free checkout, as a build does.</summary>
    public Task<BuildOutcome> BuildLayoutAsync(CommitInfo commit, int layout, CancellationToken cancellationToken) =>
        OnFreeCheckoutAsync(builder => builder.BuildLayoutAsync(commit, layout, cancellationToken), cancellationToken);

    public void Dispose() => _available.Dispose();

    private async Task<BuildOutcome> OnFreeCheckoutAsync(CommitInfo commit, Func<CachingBuilder, Task<BuildOutcome>> build, CancellationToken cancellationToken)
    {
        // A build in the artifact cache needs no checkout: it does not wait for one.
        if (First.FromCache(commit) is { } cached)
        {
            return cached;
        }

        return await OnFreeCheckoutAsync(build, cancellationToken).ConfigureAwait(false);
    }

    private async Task<BuildOutcome> OnFreeCheckoutAsync(Func<CachingBuilder, Task<BuildOutcome>> build, CancellationToken cancellationToken)
    {
        await _available.WaitAsync(cancellationToken).ConfigureAwait(false);
        int index;
        lock (_gate)
        {
            index = _free.Min;
            _free.Remove(index);
        }

        try
        {
            return await build(Builder(index)).ConfigureAwait(false);
        }
        finally
        {
            lock (_gate)
            {
                _free.Add(index);
            }

            _available.Release();
        }
    }

    private CachingBuilder Builder(int index)
    {
        lock (_gate)
        {
            return _builders[index] ??= _open(index);
        }
    }
}
