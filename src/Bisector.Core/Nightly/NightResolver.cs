using Bisector.Core.Abstractions;

namespace Bisector.Core.Nightly;

/// <summary>
/// Records what the night's new steps are, across every benchmark at once. A rise undone by a later faster step before
/// any night reported it is recorded as fixed, with the step that fixed it, and not bisected. The other rises are narrowed
/// once per commit: the clearest is bisected, and a commit already named on the branch that lies in another step's range
/// is checked against its parent for that benchmark before that step is bisected on its own; so benchmarks that moved at
/// one commit cost one bisection and one check each, and are one regression in the report.
/// </summary>
/// <param name="reportedThrough">The last night of the branch that wrote its report (0 before the first).</param>
public sealed class NightResolver(IHistoryStore store, long night, long reportedThrough, IReadOnlyDictionary<string, int> positions, INightBisector bisector)
{
    /// <summary>Bisections run (not counting the checks of a culprit already named).</summary>
    public int Bisections { get; private set; }

    /// <summary>Culprits checked against their parent for another benchmark.</summary>
    public int Checks { get; private set; }

    /// <param name="found">Steps found tonight that no recorded change covers.</param>
    public async Task ResolveAsync(IReadOnlyList<NightStep> found, CancellationToken cancellationToken)
    {
        var regressions = found.GroupBy(s => s.Series).SelectMany(g => RecordUndoneAndFaster(g.Key, [.. g])).ToList();
        while (regressions.Count > 0)
        {
            var step = NightPolicy.Clearest(regressions);
            regressions.Remove(step);
            Record(step, await NarrowAsync(step, cancellationToken).ConfigureAwait(false));
        }
    }

    /// <summary>A culprit already named on the branch in the step's range, checked against its parent; else a bisection.</summary>
    private async Task<NightBisection> NarrowAsync(NightStep step, CancellationToken cancellationToken)
    {
        foreach (var culprit in NamedCulprits(step))
        {
            Checks++;
            var check = await bisector.VerifyAsync(step, culprit, cancellationToken).ConfigureAwait(false);
            if (check.State == ChangeState.Bisected && check.CulpritSha == culprit)
            {
                return check;
            }
        }

        Bisections++;
        return await bisector.BisectAsync(step, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The commits bisections named on this branch (tonight's first) that lie in the step's range.</summary>
    private IEnumerable<string> NamedCulprits(NightStep step) =>
        store.Series(step.Series.Branch, null)
            .Where(s => s != step.Series)
            .SelectMany(store.Changes)
            .Where(c => c.State is ChangeState.Bisected or ChangeState.Acknowledged && c.CulpritSha is not null)
            .OrderByDescending(c => c.FoundNight)
            .Select(c => c.CulpritSha!)
            .Distinct(StringComparer.Ordinal)
            .Where(sha => NightPolicy.Contains(step.Step, sha, positions))
            .ToArray();

    private void Record(NightStep step, NightBisection bisection)
    {
        var change = store.AddChange(step.Series, step.Step.BeforeSha, step.Step.AfterSha, step.Step.ChangePercent, bisection.State, night);
        store.UpdateChange(change.Id, bisection.State, bisection.CulpritSha, bisection.ReportDirectory);
    }

    /// <summary>
    /// Records the series' faster steps, and its rises that a later step undid before any night reported them (with
    /// the recorded ones no night reported yet); returns the rises left to narrow.
    /// </summary>
    private IReadOnlyList<NightStep> RecordUndoneAndFaster(HistorySeries series, IReadOnlyList<NightStep> steps)
    {
        var changes = store.Changes(series);
        var fixers = changes.Select(c => c.FixedBy).OfType<long>().ToHashSet();
        var unreported = changes
            .Where(c => NightPolicy.IsUnreported(c, reportedThrough) && !fixers.Contains(c.Id) && c.State is ChangeState.New or ChangeState.Bisected or ChangeState.Improvement);
        var line = unreported.Select(c => (Recorded: (RecordedChange?)c, Found: (NightStep?)null, After: c.AfterSha, c.ChangePercent))
            .Concat(steps.Select(s => (Recorded: (RecordedChange?)null, Found: (NightStep?)s, After: s.Step.AfterSha, s.Step.ChangePercent)))
            .OrderBy(e => positions[e.After])
            .ToArray();
        var ids = new long?[line.Length];
        long Id(int i) => ids[i] ??= line[i].Recorded?.Id ?? RecordExactly(line[i].Found!, line[i].Found!.Step.Rose ? ChangeState.Fixed : ChangeState.Improvement);

        var undone = UndoneRegressions.Find([.. line.Select(e => e.ChangePercent)], steps[0].ThresholdPercent);
        foreach (var (rise, undoneBy) in undone)
        {
            store.MarkFixed(Id(rise), Id(undoneBy));
        }

        for (var i = 0; i < line.Length; i++)
        {
            if (line[i].Found is { Step.Rose: false })
            {
                Id(i);
            }
        }

        var fixedRises = undone.Select(u => u.Rise).ToHashSet();
        return [.. line.Where((e, i) => e.Found is { Step.Rose: true } && !fixedRises.Contains(i)).Select(e => e.Found!)];
    }

    /// <summary>Records a step that is not bisected; when its range is one commit, that commit is its culprit.</summary>
    private long RecordExactly(NightStep step, ChangeState state)
    {
        var change = store.AddChange(step.Series, step.Step.BeforeSha, step.Step.AfterSha, step.Step.ChangePercent, state, night);
        store.UpdateChange(change.Id, state, step.Step.CommitsInRange == 1 ? step.Step.AfterSha : null, null);
        return change.Id;
    }
}
