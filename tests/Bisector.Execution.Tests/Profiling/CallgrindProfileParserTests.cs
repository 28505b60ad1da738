using Bisector.Core.Explain;
using Bisector.Execution.Profiling;

namespace Bisector.Execution.Tests.Profiling;

/// <summary>The callgrind format's forms, in files shaped like callgrind 3.19's (real files are checked against callgrind_annotate in <see cref="CallgrindAnnotateTests"/>).</summary>
public sealed class CallgrindProfileParserTests
{
    private const string Compressed = """
        # callgrind format
        version: 1
        cmd:  ./minivm add_local 2000
        positions: instr line
        events: Ir
        summary: 1000

        ob=(1) /b/minivm
        fl=(2) /b/ceval.c
        fn=(3) eval_code
        0x1520 12 1
        +1 * 1
        +3 +21 2
        cfi=(4) /b/object.c
        cfn=(5) int_from_long
        calls=2 0x1850 -71
        * * 500
        +5 -1 3

        fl=(4)
        fn=(5)
        0x1850 22 4
        """;

    [Fact]
    public void Relative_positions_and_compressed_names_read_as_their_full_forms()
    {
        var profile = CallgrindProfileParser.Parse(Compressed);

        Assert.Equal([new("eval_code", "/b/minivm", 7), new("int_from_long", "/b/minivm", 4)], profile.Functions.Symbols);
        Assert.Equal(new Dictionary<long, long> { [0x1520] = 1, [0x1521] = 1, [0x1524] = 2, [0x1529] = 3, [0x1850] = 4 }, profile.Executions["/b/minivm"]);
        Assert.Equal(
            [new("/b/ceval.c", 12, "eval_code", 2), new("/b/ceval.c", 33, "eval_code", 2), new("/b/ceval.c", 32, "eval_code", 3), new("/b/object.c", 22, "int_from_long", 4)],
            profile.Lines.OrderBy(l => l.File, StringComparer.Ordinal).ThenBy(l => l.Function, StringComparer.Ordinal).ThenBy(l => l.Instructions));
        Assert.Equal(("callgrind", "Ir", 1000.0), (profile.Functions.Tool, profile.Functions.Event, profile.Functions.Total));
    }

    [Fact]
    public void The_cost_line_after_a_call_is_the_callee_s_inclusive_cost_and_is_not_counted_for_the_caller()
    {
        var profile = CallgrindProfileParser.Parse(Compressed);

        Assert.Equal(7, profile.Functions.Cost("eval_code"));
        Assert.DoesNotContain(profile.Lines, l => l.Instructions == 500);
    }

    [Fact]
    public void Inlined_code_counts_on_its_own_file_s_line_and_for_the_function_it_was_inlined_into()
    {
        const string text = """
            positions: instr line
            events: Ir
            ob=/b/minivm
            fl=/b/ceval.c
            fn=eval_code
            0x10 5 2
            fi=/b/object.h
            0x14 40 3
            fe=/b/ceval.c
            0x18 6 4
            ob=/lib/libc.so.6
            fl=???
            fn=(below main)
            0x20 0 1
            """;

        var profile = CallgrindProfileParser.Parse(text);

        Assert.Equal([new("eval_code", "/b/minivm", 9), new("(below main)", "/lib/libc.so.6", 1)], profile.Functions.Symbols);
        Assert.Equal([new("/b/ceval.c", 6, "eval_code", 4), new("/b/object.h", 40, "eval_code", 3), new("/b/ceval.c", 5, "eval_code", 2)], profile.Lines);
        Assert.Equal(10, profile.Functions.Total);
    }

    [Fact]
    public void Files_of_several_processes_add_up()
    {
        const string bash = "positions: instr line\nevents: Ir\nob=/usr/bin/bash\nfl=???\nfn=main\n0x30 0 40\ntotals: 40\n";

        var profile = CallgrindProfileParser.Parse([Compressed.Split('\n'), bash.Split('\n')]);

        Assert.Equal(1040, profile.Functions.Total);
        Assert.Equal(40, profile.Executions["/usr/bin/bash"][0x30]);
        Assert.Equal(7, profile.Functions.Cost("eval_code"));
    }
}
