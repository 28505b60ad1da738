using Bisector.Core.Domain;
using Bisector.Core.Findings;
using Bisector.Core.Progress;
using Bisector.Core.Statistics;
using Bisector.Reporting.Progress;
using Xunit;

namespace Bisector.Reporting.Tests.Progress;

public sealed class PhaseTextTests
{
    private static readonly ResolvedRevision s_good = new("v1.0", SampleResults.Good);
    private static readonly ResolvedRevision s_bad = new("main", SampleResults.Bad);

    public static TheoryData<SessionPhase, string> Phases() => new()
    {
        { new BuildingEndpoints(s_good, s_bad), "Building the endpoints: good v1.0 (1111111111), bad main (ffffffffff)" },
        { new ConfirmingChange(), "Measuring good and bad in paired rounds, back to back, to confirm the change" },
        { new Searching(54.04, 13, 4), "Regression confirmed (+54.0%). Searching 13 commits, about 4 steps" },
        { new Searching(54.04, 1, 1), "Regression confirmed (+54.0%). Searching 1 commit, about 1 step" },
        { new SearchRound(2, [SampleResults.Culprit]), "Round 2: building 1 commit (aaaaaaaaaa), then measuring each in turn" },
        { new SearchRound(3, [SampleResults.Good, SampleResults.Culprit]), "Round 3: building 2 commits at once (1111111111, aaaaaaaaaa), then measuring each in turn" },
        { new DescendingIntoMerge(SampleResults.Bad, 5, SampleResults.Good, SampleResults.Culprit), "ffffffffff is a merge: bisecting the 5 commits it brought in, 1111111111..aaaaaaaaaa" },
        { new DescendingIntoMerge(SampleResults.Bad, 1, SampleResults.Good, SampleResults.Culprit), "ffffffffff is a merge: bisecting the 1 commit it brought in, 1111111111..aaaaaaaaaa" },
        { new Rechecking(SampleResults.Culprit, SampleResults.Good), "Re-verifying aaaaaaaaaa against its parent 1111111111, in paired rounds" },
        {
            new RepairingStep(SampleResults.Good, Verdict.Good, SampleResults.Culprit),
            "Repairing: the re-check of aaaaaaaaaa contradicts the verdict 1111111111 was given (good); measuring it again in fresh rounds"
        },
        { new CountingInstructions("callgrind", SampleResults.Culprit, SampleResults.Good), "Counting instructions (callgrind) of aaaaaaaaaa and 1111111111: is the change more work or only layout?" },
        {
            new FollowingWork(new WorkAfterNoCulprit(BisectStatus.NoRegression, null, "v1.0", "main", 8.8, Direction.Slower), "callgrind", 12, 4),
            "Following the work: time named no commit (no regression in time), while main executes 8.8 % more instructions than v1.0. Bisecting the executed instructions (callgrind) of 12 commits, about 4 steps"
        },
        {
            new MappingTimeSteps("wall-time", 30, SampleResults.Culprit, 12.04, 21.0),
            "Mapping the rest of the range by wall-time: aaaaaaaaaa moved it +12.0 %, the endpoints +21.0 %; the commits before and after it are compared in paired rounds"
        },
        {
            new MappingTimeSteps("wall-time", 6, null, null, 10.0),
            "Mapping every step of the 6 commits by wall-time in paired rounds: the search confirmed no single commit of the endpoints' +10.0 %"
        },
        {
            new MappingTimeBranch("wall-time", SampleResults.Bad, 3, SampleResults.Culprit),
            "Mapping the branch ffffffffff brought in by wall-time: aaaaaaaaaa is one of its 3 commits; the commits before and after it are compared in paired rounds"
        },
        {
            new CheckingResidue(SampleResults.Culprit, 87.94, 54.3, 8),
            "aaaaaaaaaa moved it +87.9 %, the endpoints +54.3 %: measuring both over 8 code layouts, to tell another step from where the code landed (--layouts 1 turns this off)"
        },
        { new MappingSteps("callgrind", 77), "Mapping every step of the 77 commits by callgrind: segments that moved are split, a few commits inside agreeing ones probed" },
        { new BuildingPair(s_good, s_bad), "Building v1.0 (1111111111) and main (ffffffffff)" },
        { new MeasuringPair(), "Measuring both in paired rounds, back to back" },
        { new MeasuringLayouts(8), "Relinking both in 8 code layouts and measuring them in rounds that pair the same layout" },
        {
            new MeasuringLayouts(8, Automatic: true),
            "Relinking both in 8 code layouts, since their time and instructions disagree, and measuring them in rounds that pair the same layout (--layouts 1 turns this off)"
        },
        { new Profiling(SampleResults.Culprit, SampleResults.Good), "Profiling aaaaaaaaaa and its parent 1111111111: where did the time and the instructions go?" },
    };

    [Theory]
    [MemberData(nameof(Phases))]
    public void Each_phase_reads_as_its_progress_line(SessionPhase phase, string expected) =>
        Assert.Equal(expected, PhaseText.Describe(phase));

    [Fact]
    public void Every_kind_of_phase_has_words()
    {
        var kinds = typeof(SessionPhase).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(SessionPhase))).ToHashSet();
        var worded = Phases().Select(row => ((SessionPhase)row[0]).GetType()).ToHashSet();

        Assert.Empty(kinds.Except(worded).Select(t => t.Name));
    }

    [Fact]
    public void The_status_line_takes_the_first_clause()
    {
        Assert.Equal("Re-verifying aaaaaaaaaa against its parent 1111111111", PhaseText.Headline(new Rechecking(SampleResults.Culprit, SampleResults.Good)));
        Assert.Equal("Relinking both in 8 code layouts", PhaseText.Headline(new MeasuringLayouts(8, Automatic: true)));
    }
}
