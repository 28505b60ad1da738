using Bisector.Core.Session;
using Bisector.Core.Domain;
using Bisector.Core.Findings;
using Bisector.Simulation;
using Bisector.Core.Statistics;
using Xunit;

namespace Bisector.Core.Tests.Session;

public sealed class MergeDescentTests
{
    private static readonly MergeGraph s_graph = new();

    /// <summary>Slower from branch commit <paramref name="culprit"/> on, and in the merge that brought it in.</summary>
    private static Func<string, Random, double> SlowerFromBranch(int culprit) => (sha, random) =>
    {
        var index = SyntheticGraph.Index(sha);
        var slower = index == 20 || (index >= culprit && index < 20);
        return 100 * (slower ? 1.2 : 1) * (1 + (0.02 * Gaussian.Next(random)));
    };

    [Fact]
    public async Task A_slowdown_the_merge_brought_in_is_found_on_its_branch_and_confirmed_against_its_parent()
    {
        var crew = new SyntheticCrew(SlowerFromBranch(14), s_graph);

        var found = await crew.Crew.Merges.DescendAsync(s_graph.Merge, CancellationToken.None);

        Assert.NotNull(found);
        Assert.Equal(SyntheticGraph.Sha(14), found.Value.Culprit.Sha);
        Assert.True(found.Value.Verification.Confirmed);
        Assert.Equal(SyntheticGraph.Sha(13), found.Value.Verification.ParentSha);
        Assert.Equal(new FoundOnMergedBranch(s_graph.Merge), Assert.Single(crew.Crew.Record.Findings));
        var steps = crew.Crew.Record.Steps;
        Assert.Equal((SyntheticGraph.Sha(1), StepRole.BranchGood), (steps[0].Commit.Sha, steps[0].Role));
        Assert.Equal((SyntheticGraph.Sha(17), StepRole.BranchBad, Verdict.Bad), (steps[1].Commit.Sha, steps[1].Role, steps[1].Verdict));
    }

    [Fact]
    public async Task A_branch_no_slower_than_its_base_leaves_the_merge_as_the_answer()
    {
        var crew = new SyntheticCrew((sha, random) => 100 * (SyntheticGraph.Index(sha) == 20 ? 1.2 : 1) * (1 + (0.02 * Gaussian.Next(random))), s_graph);

        var found = await crew.Crew.Merges.DescendAsync(s_graph.Merge, CancellationToken.None);

        Assert.Null(found);
        var finding = Assert.IsType<MergeItselfSlower>(Assert.Single(crew.Crew.Record.Findings));
        Assert.InRange(finding.ShiftPercent, -5, 5);
        Assert.DoesNotContain(crew.Crew.Record.Steps, s => s.Role == StepRole.Search);
    }

    [Fact]
    public async Task A_branch_tip_that_does_not_build_leaves_the_merge_as_the_answer_without_measuring()
    {
        var crew = new SyntheticCrew(SlowerFromBranch(14), s_graph, broken: new HashSet<string> { SyntheticGraph.Sha(17) });

        var found = await crew.Crew.Merges.DescendAsync(s_graph.Merge, CancellationToken.None);

        Assert.Null(found);
        Assert.Equal(new MergeBranchUnbuildable(s_graph.Merge, s_graph.Lookup(SyntheticGraph.Sha(17))), Assert.Single(crew.Crew.Record.Findings));
        Assert.Empty(crew.Runner.SamplesTaken);
    }
}
