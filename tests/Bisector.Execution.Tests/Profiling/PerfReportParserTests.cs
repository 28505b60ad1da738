using Bisector.Core.Explain;
using Bisector.Execution.Profiling;

namespace Bisector.Execution.Tests.Profiling;

/// <summary>perf report and perf buildid-list output, as perf 6.1 printed it for a minivm run under bash.</summary>
public sealed class PerfReportParserTests
{
    [Fact]
    public void Perf_report_rows_become_samples_per_symbol_with_the_full_path_of_the_binary()
    {
        var binaries = PerfReportParser.Binaries(CapturedOutput.Read("perf-buildid-list.txt"));

        var symbols = PerfReportParser.Symbols(CapturedOutput.Read("perf-report.txt"), binaries);

        Assert.Equal(new SymbolCost("eval_code", "/build/minivm/minivm", 218), symbols[0]);
        Assert.Equal(new SymbolCost("int_from_long", "/build/minivm/minivm", 97), symbols[1]);
        Assert.Contains(new SymbolCost("_int_malloc", "/usr/lib/x86_64-linux-gnu/libc.so.6", 1), symbols);
        Assert.Contains(new SymbolCost("exc_page_fault", "[kernel.kallsyms]", 1), symbols);
        Assert.Equal(320, symbols.Sum(s => s.Cost));
    }

    [Fact]
    public void A_file_name_that_two_binaries_share_is_not_resolved_to_either()
    {
        const string list = "aa11 /build/a/minivm\nbb22 /build/b/minivm\ncc33 /usr/lib/libc.so.6\ndd44 [vdso]\n";

        var binaries = PerfReportParser.Binaries(list);

        Assert.Equal(new Dictionary<string, string> { ["libc.so.6"] = "/usr/lib/libc.so.6" }, binaries);
    }

    [Fact]
    public void Runs_add_up_per_symbol_and_binary_largest_first()
    {
        SymbolCost[] costs =
        [
            new("int_from_long", "/b/minivm", 90), new("eval_code", "/b/minivm", 190),
            new("eval_code", "/b/minivm", 200), new("eval_code", "/other/minivm", 5), new("int_from_long", "/b/minivm", 100),
        ];

        var sum = PerfReportParser.Sum(costs);

        Assert.Equal([new("eval_code", "/b/minivm", 390), new("int_from_long", "/b/minivm", 190), new("eval_code", "/other/minivm", 5)], sum);
    }
}
