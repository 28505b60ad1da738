using Bisector.Core.Domain;

namespace Bisector.Core.Nightly;

/// <summary>What one night measured of one benchmark.</summary>
/// <param name="Commits">The commits planned for tonight.</param>
/// <param name="Unbuildable">Planned commits that do not build (or whose benchmark fails), with why.</param>
/// <param name="SamplesTaken">Samples measured tonight.</param>
/// <param name="SamplesReused">Samples copied from the journal (measured by a run or a night that was killed).</param>
public sealed record NightMeasurement(
    HistorySeries Series,
    IReadOnlyList<CommitInfo> Commits,
    IReadOnlyList<(CommitInfo Commit, string Error)> Unbuildable,
    int SamplesTaken,
    int SamplesReused);
