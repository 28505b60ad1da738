using Bisector.Execution.Benchmarks;

namespace Bisector.Execution.Tests.Benchmarks;

public sealed class ParserTests
{
    [Fact]
    public void Perf_stat_csv_gives_the_task_clock_in_milliseconds()
    {
        const string text = "# started on Tue Nov 24\n\n81.53,msec,task-clock,81530000,100.00,0.998,CPUs utilized\n";

        Assert.Equal((81.53, null), PerfStatParser.Read(text, "task-clock"));
    }

    [Fact]
    public void Perf_stat_says_when_the_machine_cannot_count_an_event()
    {
        var (value, problem) = PerfStatParser.Read("<not supported>,,instructions:u,0,100.00,,\n", "instructions");

        Assert.Null(value);
        Assert.Contains("cannot count instructions", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Callgrind_totals_are_read_from_the_output_file()
    {
        const string text = "version: 1\ncmd: ./minivm\nevents: Ir\nfn=main\n5 100\nsummary: 59239073\ntotals: 59239073\n";

        Assert.Equal(59_239_073, CallgrindParser.TotalInstructions(text));
    }

    [Theory]
    [InlineData("warming up\n5.5125\n", 5.5125)]
    [InlineData("1.0\n2.0\nsummary: done\n", 2.0)]
    [InlineData("add_local\t400000\t3.25\n", 3.25)]
    [InlineData("add_local: 400000 loops, 7.75 ns per operation, 1.5e-1 s\n", 0.15)]
    [InlineData("result 42 on x86_64\n", 42)]
    [InlineData("{\"benchmarks\":[{\"runs\":[{\"metadata\":{}},{\"values\":[1.0,3.0]},{\"values\":[2.0]}]}]}", 2.0)]
    public void The_printed_value_is_the_last_number_on_the_last_line_with_one_or_the_mean_of_pyperf_values(string stdout, double expected)
    {
        Assert.Equal(expected, OutputParser.Parse(stdout));
    }

    [Fact]
    public void Output_without_a_number_has_no_value()
    {
        Assert.Null(OutputParser.Parse("all done\n"));
    }
}
