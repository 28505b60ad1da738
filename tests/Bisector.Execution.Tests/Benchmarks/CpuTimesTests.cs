using Bisector.Core.Abstractions;
using Bisector.Execution.Benchmarks;

namespace Bisector.Execution.Tests.Benchmarks;

public sealed class CpuTimesTests
{
    // Recorded from a 2-CPU VM: user nice system idle iowait irq softirq steal guest guest_nice.
    private const string Before = "cpu  1000 20 300 50000 40 0 10 200 0 0\ncpu0 500 10 150 25000 20 0 5 100 0 0\nintr 1 2 3\n";
    private const string After = "cpu  1100 20 330 50120 40 0 10 320 0 0\ncpu0 550 10 165 25060 20 0 5 160 0 0\nintr 1 2 3\n";

    [Fact]
    public void Steal_is_the_eighth_field_and_not_counted_as_busy()
    {
        var times = CpuTimes.Parse(Before);

        Assert.Equal(new CpuTimes(1330, 200, 51570), times);
    }

    [Fact]
    public void Steal_between_two_readings_is_its_share_of_all_cpu_time()
    {
        var (start, stop) = (CpuTimes.Parse(Before)!.Value, CpuTimes.Parse(After)!.Value);

        // 120 of 370 ticks went to other guests.
        Assert.Equal(120, stop.Steal - start.Steal);
        Assert.Equal(370, stop.Total - start.Total);
        Assert.Equal(130, stop.Busy - start.Busy);
    }

    [Theory]
    [InlineData("intr 1 2 3\n")]
    [InlineData("cpu  1 2 x 4\n")]
    [InlineData("")]
    public void Text_without_a_readable_cpu_line_gives_nothing(string text) => Assert.Null(CpuTimes.Parse(text));

    [Fact]
    public void The_busy_warning_names_each_source()
    {
        var conditions = new SampleConditions(null, 1.0, 100, DateTimeOffset.UtcNow) { OwnCpus = 0.9, StealPercent = 22 };

        Assert.Equal(
            "the hypervisor took 22 % of the CPUs (steal); Bisector's own work used 0.9 CPUs beside the benchmark, in its own process; other processes used 1.0 CPUs",
            BusySource.Describe(conditions));
    }

    [Fact]
    public void A_quiet_sample_has_no_busy_source() =>
        Assert.Null(BusySource.Describe(new SampleConditions(null, 0.0, 3, DateTimeOffset.UtcNow) { OwnCpus = 0.1, StealPercent = 1 }));
}
