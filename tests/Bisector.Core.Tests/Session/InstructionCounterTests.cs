using Bisector.Core.Domain;
using Bisector.Core.Findings;
using Bisector.Core.Session;
using Bisector.Simulation;
using Bisector.Core.Statistics;
using Xunit;

namespace Bisector.Core.Tests.Session;

public sealed class InstructionCounterTests
{
    [Fact]
    public async Task Both_builds_are_counted_to_the_probes_samples_and_the_change_in_work_is_measured()
    {
        var (crew, counter) = SyntheticCrew.Counting((sha, _) => SyntheticGraph.Index(sha) >= 27 ? 1_100_000 : 1_000_000, samples: 3);
        await crew.BuiltAsync(26, 27);

        var evidence = await crew.Crew.Counts.CountAsync(crew.Commit(26), crew.Commit(27), 20, CancellationToken.None);

        Assert.NotNull(evidence);
        Assert.Equal(10, evidence.ChangePercent, precision: 6);
        Assert.Equal(InstructionFinding.MoreInstructions, evidence.Finding);
        Assert.Equal((3, 3), (evidence.ParentValues.Count, evidence.CulpritValues.Count));
        Assert.All(counter.SamplesTaken.Values, taken => Assert.Equal(3, taken));
    }

    [Fact]
    public async Task Without_a_counter_here_the_verdict_rests_on_time_and_the_finding_says_why()
    {
        var crew = new SyntheticCrew(SyntheticCrew.Step(27, 0.20, 0.02), instructions: InstructionProbe.Missing("no valgrind here"));
        await crew.BuiltAsync(26, 27);

        var evidence = await crew.Crew.Counts.CountAsync(crew.Commit(26), crew.Commit(27), 20, CancellationToken.None);

        Assert.Null(evidence);
        Assert.Equal(new InstructionsUnavailable("no valgrind here"), Assert.Single(crew.Crew.Record.Findings));
    }

    [Fact]
    public async Task A_count_that_fails_leaves_the_verdict_on_time_alone_naming_the_commit()
    {
        var (crew, _) = SyntheticCrew.Counting((sha, _) => SyntheticGraph.Index(sha) == 27 ? double.NaN : 1_000_000, samples: 2);
        await crew.BuiltAsync(26, 27);

        var evidence = await crew.Crew.Counts.CountAsync(crew.Commit(26), crew.Commit(27), 20, CancellationToken.None);

        Assert.Null(evidence);
        var finding = Assert.IsType<VerdictOnTimeAlone>(Assert.Single(crew.Crew.Record.Findings));
        Assert.Equal(crew.Commit(27), finding.Failure.Commit);
    }

    [Fact]
    public async Task Endpoints_slower_in_time_with_the_same_work_are_time_only()
    {
        var (crew, _) = SyntheticCrew.Counting((_, _) => 1_000_000, samples: 2);
        var endpoints = await crew.BuiltAsync(0, 39);
        var time = await crew.Crew.Pairs.CompareAsync(endpoints.Good, endpoints.GoodBuild, endpoints.Bad, endpoints.BadBuild, [], CancellationToken.None);

        var both = await crew.Crew.Counts.CompareEndpointsAsync(
            new ResolvedRevision("c0", endpoints.Good), new ResolvedRevision("c39", endpoints.Bad), time, crew.Crew.Pairs.Rounds(endpoints.Good, endpoints.Bad), CancellationToken.None);

        Assert.NotNull(both);
        Assert.Equal(TimeInstructionFinding.TimeOnly, both.Finding);
        Assert.Equal(EndpointOutcome.Regression, both.TimeOutcome);
        Assert.Equal(0, both.InstructionShiftPercent, precision: 6);
    }
}
