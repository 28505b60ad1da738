using Bisector.Core.Session;
using Bisector.Reporting.Explain;
using Xunit;

namespace Bisector.Reporting.Tests.Text;

/// <summary>What a report says about a step's load and how its commands are laid out to be pasted.</summary>
public sealed class ReproduceTextTests
{
    [Fact]
    public void A_step_measured_beside_bisectors_own_work_says_so()
    {
        var load = new LoadSummary(4, 9, 1.1, [1]) { OwnCpusMax = 0.93 };

        Assert.Equal("others 4% of a CPU (max 9%), CPU 1; ran beside own work (0.9 CPUs)", ReportText.Load(load));
    }

    [Fact]
    public void A_step_with_little_own_work_beside_it_says_nothing_of_it()
    {
        var load = new LoadSummary(4, 9, 1.1, [1]) { OwnCpusMax = 0.2 };

        Assert.Equal("others 4% of a CPU (max 9%), CPU 1", ReportText.Load(load));
    }

    [Fact]
    public void The_checkout_command_comes_first_under_the_build_so_the_build_and_benchmark_run_in_it()
    {
        var commands = new ReproduceCommands("scripts/bisector run --good v1.0 --bad main", ["make -j2 minivm"], "./minivm add_local 400000")
        {
            Checkout = "git clone --quiet /src/minivm minivm-abc && cd minivm-abc && git checkout --quiet --detach abc",
        };

        var lines = ExplanationText.Commands(commands).Split('\n');

        Assert.Equal(
            ["# Bisector: the same run again (cached builds and samples are reused)", "scripts/bisector run --good v1.0 --bad main", "",
             "# build, in a checkout of the commit", commands.Checkout, "make -j2 minivm", "", "# benchmark, in the same checkout", "./minivm add_local 400000", ""],
            lines.Select(l => l.TrimEnd('\r')));
    }
}
