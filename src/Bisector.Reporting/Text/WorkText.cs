using System.Globalization;
using Bisector.Core.Domain;
using Bisector.Core.Findings;
using Bisector.Core.Session;
using Bisector.Core.Statistics;

namespace Bisector.Reporting.Text;

/// <summary>The work search in words: why it ran, what it found, each counted commit.</summary>
public static class WorkText
{
    /// <summary>What the work search found, in one sentence a person acts on.</summary>
    public static string Headline(WorkSearch work) => work.Culprit is { } culprit
        ? string.Create(CultureInfo.InvariantCulture, $"The work rose at {culprit.ShortSha} ({culprit.Subject}): {work.ChangePercent:+0.0;-0.0;0.0} % executed instructions ({work.Metric}) against its parent.")
            + (work.Note is { } merge ? $" {FindingText.Describe(merge)}" : "")
        : $"The work search ({work.Metric}) named no single commit: {FindingText.Describe(work.Note, string.Empty)}";

    /// <summary>A counted commit as the progress shows it: "Work step 2: a1b2c3d4e5 57,643,201 instructions: good".</summary>
    public static string Step(int number, WorkStep step) => string.Create(CultureInfo.InvariantCulture,
        $"Work step {number}: {step.Commit.ShortSha} {(step.Median is { } m ? $"{m:N0} instructions" : "not counted")}: {(step.Verdict == Verdict.Skip ? $"skipped ({FindingText.Describe(step.Note, string.Empty)})" : step.Verdict.ToString().ToLowerInvariant())}");

    internal static string Describe(Finding finding) => finding switch
    {
        EndpointCountsVary f => string.Create(CultureInfo.InvariantCulture,
            $"the endpoints' counts vary by up to {f.SpreadPercent:0.0} % from run to run, too much beside their {f.RisePercent:0.0} % difference to split the range by them."),
        WorkRiseAmbiguous f => $"the rise is in one of {f.Candidates.Count} commits ({string.Join(", ", f.Candidates.Select(c => c.ShortSha))}); the others next to it could not be built or counted.",
        WorkPairNotCounted f => $"{f.Culprit.ShortSha} is the first commit past the midpoint, but it and its parent {f.Parent.ShortSha} could not both be counted.",
        WorkCulpritUnsteady f => string.Create(CultureInfo.InvariantCulture,
            $"{f.Culprit.ShortSha} is the first commit past the midpoint, but its or its parent's counts vary by {f.SpreadPercent:0.0} % from run to run, too much to confirm it."),
        WorkRiseSpread f => string.Create(CultureInfo.InvariantCulture,
            $"the counts pass the midpoint at {f.Culprit.ShortSha}, but it executes only {f.ChangePercent:+0.0;-0.0;0.0} % {More(f.Direction)} than its parent: the work rose a little in many commits."),
        WorkAfterLayoutCulprit f =>
            $"time's culprit {f.Culprit.ShortSha} executes the same instructions as its parent (a layout effect), while {f.BadRev} executes {f.RisePercent:0.0} % {More(f.Direction)} than {f.GoodRev}",
        WorkAfterNoCulprit f =>
            $"time named no commit ({(f.NotHeldSha is { } sha ? $"{sha[..10]} did not hold against its parent" : f.HiddenByPlacement ? "the default builds did not show the change the code layouts did" : StatusWords(f.Status))}), while {f.BadRev} executes {f.RisePercent:0.0} % {More(f.Direction)} instructions than {f.GoodRev}",
        WorkMergeKept f => $"{f.Merge.ShortSha} is a merge, and the work search could not name a commit on its branch: {Branch(f.Why)}; the merge is the most precise answer.",
        _ => throw new ArgumentOutOfRangeException(nameof(finding), finding, "Not a finding of the work search."),
    };

    /// <summary>Why the work search stopped at a merge, as a clause.</summary>
    private static string Branch(Finding why) => why switch
    {
        MergeBranchUnbuildable f => $"{f.Commit.ShortSha} on it could not be built or counted",
        MergeItselfSlower f => string.Create(CultureInfo.InvariantCulture,
            $"the branch alone changes the executed instructions by {f.ShiftPercent:+0.0;-0.0;0.0} % against its merge base, so the work rose where it met the main line"),
        _ => Describe(why).TrimEnd('.'),
    };

    private static string More(Direction direction) => direction == Direction.Faster ? "fewer" : "more";

    private static string StatusWords(BisectStatus status) => status switch
    {
        BisectStatus.NoRegression => "no regression in time",
        BisectStatus.Inconclusive => "the noise hid it",
        BisectStatus.Ambiguous => "the time search ended ambiguous",
        _ => status.ToString(),
    };
}
