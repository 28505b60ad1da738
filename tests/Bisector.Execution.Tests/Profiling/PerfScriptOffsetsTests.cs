using Bisector.Execution.Profiling;

namespace Bisector.Execution.Tests.Profiling;

public sealed class PerfScriptOffsetsTests
{
    [Fact]
    public void Samples_add_up_per_symbol_and_offset_across_runs()
    {
        // As perf script -F ip,sym,symoff -G prints it (captured on minivm).
        const string Run = """
             ffffffff8158e7c0 filemap_map_pages+0x1e0
                 560beda10713 eval_code+0x1f3
                 560beda10854 int_from_long+0x64
                 560beda105e2 eval_code+0xc2
                 560beda105e2 eval_code+0xc2
                 7f3a1c0004 [unknown]

            """;
        var offsets = new Dictionary<string, Dictionary<long, double>>(StringComparer.Ordinal);

        PerfReportParser.AddOffsets(Run, offsets);
        PerfReportParser.AddOffsets(Run, offsets);

        Assert.Equal(4, offsets["eval_code"][0xc2]);
        Assert.Equal(2, offsets["eval_code"][0x1f3]);
        Assert.Equal(2, offsets["int_from_long"][0x64]);
        Assert.Equal(["eval_code", "filemap_map_pages", "int_from_long"], offsets.Keys.Order(StringComparer.Ordinal));
    }
}
