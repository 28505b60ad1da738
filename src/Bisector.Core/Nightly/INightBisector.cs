namespace Bisector.Core.Nightly;

/// <summary>How the nightly job narrows a regression to its commit: a whole bisection, or one culprit checked against its parent.</summary>
public interface INightBisector
{
    /// <summary>Bisects the step's range with the same session and reports as <c>run</c>.</summary>
    Task<NightBisection> BisectAsync(NightStep step, CancellationToken cancellationToken);

    /// <summary>
    /// Measures <paramref name="culpritSha"/> against its parent for the step's benchmark, in the paired rounds of a
    /// bisection's re-check; <see cref="ChangeState.Bisected"/> with that culprit when it moved this benchmark too.
    /// </summary>
    Task<NightBisection> VerifyAsync(NightStep step, string culpritSha, CancellationToken cancellationToken);
}
