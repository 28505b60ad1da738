using Bisector.Core.Findings;
using Bisector.Core.Mapping;
using Bisector.Core.Search.Map;

namespace Bisector.Reporting.Mapping;

/// <summary>The words of a range's step map: the headline that answers why the tip differs, and one line per step.</summary>
public static class MapText
{
    /// <summary>
    /// "main is 8.5 % slower than v2.0: 3 commits remain: X +2.9 % (33 %), Y +2.7 % (33 %), Z +2.6 % (32 %); 3 rises were
    /// undone in between". <paramref name="good"/> and <paramref name="bad"/> are the revisions as the user wrote them.
    /// </summary>
    public static string Headline(RangeMap range, string good, string bad)
    {
        var map = range.Map;
        var total = map.Total.Percent;
        var whole = $"{bad} is {Format.Share(Math.Abs(total))} {(total >= 0 ? "slower" : "faster")} than {good}";
        var remaining = map.Remaining.ToArray();
        var named = remaining.Length == 0
            ? "no step of the range remains at the tip"
            : $"{ReportText.Count(remaining.Length, "commit")} {(map.Undone.Any() ? remaining.Length == 1 ? "remains" : "remain" : remaining.Length == 1 ? "explains" : "explain")}" +
              $"{(map.Undone.Any() ? "" : " " + Format.Percent(LevelShift.PercentOfLog(remaining.Sum(s => Math.Log(1 + (s.RemainingPercent / 100))))))}: {string.Join(", ", remaining.Select(s => Step(range, s)))}";
        var undone = map.Undone.ToArray();
        var undoneText = undone.Length == 0
            ? ""
            : $"; {ReportText.Count(undone.Length, undone.All(s => s.IsRise) ? "rise" : undone.All(s => !s.IsRise) ? "drop" : "step")} {(undone.Length == 1 ? "was" : "were")} undone in between";
        var gradual = map.Gradual.Count == 0 ? "" : $"; {Format.Percent(map.Gradual.Sum(g => g.Shift.Percent))} came gradually, in {ReportText.Count(map.Gradual.Count, "stretch")} of small commits";
        return $"{whole}: {named}{undoneText}{gradual}";
    }

    /// <summary>"a1b2c3d4e5 +2.9 % (33 %)": a remaining step, with what is left of it and its share of the endpoints' change.</summary>
    public static string Step(RangeMap range, MapStep step) =>
        $"{range.Commit(step.Index).ShortSha} {Format.Percent(step.RemainingPercent)} ({Format.Share(step.SharePercent)})";

    /// <summary>"+5.4 % at a1b2c3d4e5, undone by f6e5d4c3b2 -5.1 % 2 commits later": an undone step and what undid it.</summary>
    public static string Undoing(RangeMap range, MapStep step)
    {
        var by = range.Map.Steps.Single(s => s.Index == step.UndoneBy);
        return $"{Format.Percent(step.Shift.Percent)} at {range.Commit(step.Index).ShortSha}, undone by {range.Commit(by.Index).ShortSha} {Format.Percent(by.Shift.Percent)} " +
            $"{Later(range, step.Index, by.Index)}{(step.Remains ? $" ({Format.Percent(step.RemainingPercent)} of it remains)" : "")}";
    }

    /// <summary>
    /// "2 commits later" when both steps lie on one line of the history; "later" across a merged branch's, whose line the
    /// map appends after the range's (a commit whose first parent is not the one before it starts such a line).
    /// </summary>
    private static string Later(RangeMap range, int older, int newer)
    {
        var oneLine = newer > older && Enumerable.Range(older + 1, newer - older)
            .All(i => range.Commit(i).Parents is not [var parent, ..] || parent == range.Commit(i - 1).Sha);
        return oneLine ? $"{ReportText.Commits(newer - older)} later" : "later";
    }

    /// <summary>A merge among the map's steps, followed into its branch or kept.</summary>
    public static string Merge(Finding finding) => finding switch
    {
        MergeStepOnBranch f => $"The step at the merge {f.Merge.ShortSha} ({f.Merge.Subject}) came from the branch it merged: the map names {string.Join(", ", f.Steps.Select(c => c.ShortSha))} there.",
        MergeStepKept { Unmeasured: { } commit } f => $"{Kept(f.Merge)}: {commit.ShortSha} on its branch could not be built or measured.",
        MergeStepKept { SpreadCommits: > 0 } f => $"{Kept(f.Merge)}: its branch moved {Format.Percent(f.BranchShiftPercent)} spread over {ReportText.Commits(f.SpreadCommits)}, none above the threshold.",
        MergeStepKept f =>
            $"{Kept(f.Merge)}: its branch alone moved {Format.Percent(f.BranchShiftPercent)} with no step above the threshold; the change came where the branch met the main line.",
        _ => throw new ArgumentOutOfRangeException(nameof(finding), finding, "Not a finding of the step map."),
    };

    private static string Kept(Core.Domain.CommitInfo merge) => $"The map keeps the merge {merge.ShortSha} ({merge.Subject}) as a step";

    /// <summary>
    /// "+3.1 % spread over 12 commits between A and B, none above 1 %": a slope no single commit explains. When one commit's
    /// estimate reached the threshold without its comparison being sure: "none surely above 5 % (C +7.2 %, 95 % interval
    /// -1.0 % to +13.8 %)".
    /// </summary>
    public static string Gradual(RangeMap range, MapSegment segment, double thresholdPercent) =>
        $"{Format.Percent(segment.Shift.Percent)} spread over {ReportText.Commits(segment.Commits)} between {range.Commit(segment.From).ShortSha} and {range.Commit(segment.To).ShortSha}, " +
        (segment.Unsure is { } u
            ? $"none surely above {Format.Share(thresholdPercent)} ({range.Commit(u.Index).ShortSha} {Format.Percent(u.Shift.Percent)}, 95 % interval {Format.Percent(u.Shift.LowPercent)} to {Format.Percent(u.Shift.HighPercent)})"
            : $"none above {Format.Share(thresholdPercent)}");
}
