namespace Bisector.Core.Nightly;

/// <summary>
/// Which commits of a branch to measure tonight. When the unmeasured commits fit the budget, all of them; otherwise
/// the newest first, then (on the first night) the oldest, then again and again the commit nearest the middle of the
/// widest stretch without a measurement, so a burst of commits is sampled evenly (about every k-th) and later nights,
/// with their budget left over, fill the gaps in between.
/// </summary>
public static class NightPlan
{
    /// <param name="line">The branch's first-parent commits, oldest first.</param>
    /// <param name="measured">Commits that already have their samples.</param>
    /// <param name="unbuildable">Commits known not to build (never tried again).</param>
    /// <param name="budget">Most commits to measure tonight.</param>
    /// <returns>The commits to measure, oldest first.</returns>
    public static IReadOnlyList<HistoryCommit> Choose(IReadOnlyList<HistoryCommit> line, IReadOnlySet<string> measured, IReadOnlySet<string> unbuildable, int budget)
    {
        var waiting = line.Where(c => !measured.Contains(c.Sha) && !unbuildable.Contains(c.Sha)).ToList();
        if (waiting.Count <= budget)
        {
            return waiting;
        }

        var chosen = new List<HistoryCommit>();
        void Take(HistoryCommit commit)
        {
            chosen.Add(commit);
            waiting.Remove(commit);
        }

        if (budget > 0 && line.Count > 0 && waiting.Contains(line[^1]))
        {
            Take(line[^1]);
        }

        if (chosen.Count < budget && !line.Any(c => measured.Contains(c.Sha)))
        {
            Take(waiting[0]);
        }

        while (chosen.Count < budget && waiting.Count > 0)
        {
            var anchors = line.Where(c => measured.Contains(c.Sha) || chosen.Contains(c)).Select(c => c.Position).Order().ToList();
            var best = waiting
                .Select(c => (Commit: c, Gap: Gap(anchors, c.Position, line[0].Position, line[^1].Position)))
                .OrderByDescending(x => x.Gap.Width)
                .ThenBy(x => Math.Abs((2 * x.Commit.Position) - x.Gap.Low - x.Gap.High))
                .ThenByDescending(x => x.Commit.Position)
                .First();
            Take(best.Commit);
        }

        return [.. chosen.OrderBy(c => c.Position)];
    }

    /// <summary>The nearest measured positions either side (past either end of the line when there is none) and how far apart they are.</summary>
    private static (int Low, int High, int Width) Gap(IReadOnlyList<int> anchors, int position, int first, int last)
    {
        var low = anchors.LastOrDefault(a => a < position, first - 1);
        var high = anchors.FirstOrDefault(a => a > position, last + 1);
        return (low, high, high - low);
    }
}
