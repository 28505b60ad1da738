using System.Globalization;
using Bisector.Core.Progress;
using Bisector.Reporting.Text;

namespace Bisector.Reporting.Progress;

/// <summary>The words for each phase of a session: the one place the terminal's progress lines get them from.</summary>
public static class PhaseText
{
    /// <summary>The whole progress line: "Building the endpoints: good v1.0 (a1b2c3d4e5), bad main (f6e5d4c3b2)".</summary>
    public static string Describe(SessionPhase phase) => phase switch
    {
        BuildingEndpoints p => $"Building the endpoints: good {p.Good.Rev} ({p.Good.Commit.ShortSha}), bad {p.Bad.Rev} ({p.Bad.Commit.ShortSha})",
        ConfirmingChange => "Measuring good and bad in paired rounds, back to back, to confirm the change",
        Searching p => string.Create(CultureInfo.InvariantCulture, $"Regression confirmed ({p.ShiftPercent:+0.0}%). Searching {ReportText.Count(p.Commits, "commit")}, about {ReportText.Count(p.Steps, "step")}"),
        SearchRound p => $"Round {p.Round}: building {(p.Commits.Count == 1 ? "1 commit" : $"{p.Commits.Count} commits at once")} ({string.Join(", ", p.Commits.Select(c => c.ShortSha))}), then measuring each in turn",
        DescendingIntoMerge p => $"{p.Merge.ShortSha} is a merge: bisecting the {ReportText.Count(p.Commits, "commit")} it brought in, {p.Base.ShortSha}..{p.Tip.ShortSha}",
        Rechecking p => $"Re-verifying {p.Culprit.ShortSha} against its parent {p.Parent.ShortSha}, in paired rounds",
        RepairingStep p => $"Repairing: the re-check of {p.Culprit.ShortSha} contradicts the verdict {p.Commit.ShortSha} was given ({ReportNames.Verdict(p.Was)}); measuring it again in fresh rounds",
        CountingInstructions p => $"Counting instructions ({p.Metric}) of {p.Candidate.ShortSha} and {p.Baseline.ShortSha}: is the change more work or only layout?",
        MappingTimeSteps { Around: { } around, ExplainedPercent: { } explained } p =>
            $"Mapping the rest of the range by {p.Metric}: {around.ShortSha} moved it {Format.Percent(explained)}, the endpoints {Format.Percent(p.TotalPercent)}; the commits before and after it are compared in paired rounds",
        MappingTimeSteps p => $"Mapping every step of the {ReportText.Count(p.Commits, "commit")} by {p.Metric} in paired rounds: the search confirmed no single commit of the endpoints' {Format.Percent(p.TotalPercent)}",
        MappingTimeBranch p =>
            $"Mapping the branch {p.Merge.ShortSha} brought in by {p.Metric}: {p.Around.ShortSha} is one of its {ReportText.Count(p.Commits, "commit")}; the commits before and after it are compared in paired rounds",
        CheckingResidue p =>
            $"{p.Culprit.ShortSha} moved it {Format.Percent(p.CulpritPercent)}, the endpoints {Format.Percent(p.TotalPercent)}: measuring both over {p.Layouts} code layouts, to tell another step from where the code landed (--layouts 1 turns this off)",
        MappingSteps p => $"Mapping every step of the {ReportText.Count(p.Commits, "commit")} by {p.Metric}: segments that moved are split, a few commits inside agreeing ones probed",
        FollowingWork p => $"Following the work: {FindingText.Describe(p.Reason)}. Bisecting the executed instructions ({p.Metric}) of {ReportText.Count(p.Commits, "commit")}, about {ReportText.Count(p.Steps, "step")}",
        BuildingPair p => $"Building {p.Baseline.Rev} ({p.Baseline.Commit.ShortSha}) and {p.Candidate.Rev} ({p.Candidate.Commit.ShortSha})",
        MeasuringPair => "Measuring both in paired rounds, back to back",
        MeasuringLayouts { Automatic: true } l => $"Relinking both in {l.Layouts} code layouts, since their time and instructions disagree, and measuring them in rounds that pair the same layout (--layouts 1 turns this off)",
        MeasuringLayouts l => $"Relinking both in {l.Layouts} code layouts and measuring them in rounds that pair the same layout",
        Profiling p => $"Profiling {p.Culprit.ShortSha} and its parent {p.Parent.ShortSha}: where did the time and the instructions go?",
        _ => throw new ArgumentOutOfRangeException(nameof(phase), phase, "A phase without words."),
    };

    /// <summary>A phase's first clause, short enough for a status line: "Building the endpoints", "Re-verifying a1b2 against its parent c3d4".</summary>
    public static string Headline(SessionPhase phase)
    {
        var text = Describe(phase);
        var end = text.IndexOfAny([':', ',', '(', '.']);
        return (end > 0 ? text[..end] : text).Trim();
    }
}
