using Bisector.Core.Explain;
using Bisector.Core.Explain.Sites;

namespace Bisector.Core.Tests.Explain;

public sealed class HotInstructionsTests
{
    /// <summary>Debug info names the build's absolute path; the repository's is the file name.</summary>
    private sealed class Checkout : ISourceFiles
    {
        public string? RepositoryPath(string debugPath) => debugPath.StartsWith("/build/", StringComparison.Ordinal) ? debugPath["/build/".Length..] : null;

        public string? Read(string repositoryPath) => null;
    }

    /// <summary>The commit added two lines at ceval.c:150: the parent's lines from there on are two further down in the culprit.</summary>
    private static readonly LineShift s_twoLinesAdded = new([new DiffHunk("ceval.c", null, [150, 151], [], ["+", "+"])]);

    private static Instruction At(long offset, string text, int line, long executions, double share = 0) =>
        new(offset, text, $"/build/ceval.c:{line}", executions) { SampleShare = share };

    private static FunctionCode Code(params Instruction[] instructions) => new("eval_code", "/bin/minivm", 0x1500, instructions.Length * 4, instructions);

    private static HotInstructions? Hot(FunctionCode parent, FunctionCode culprit) =>
        HotInstructions.Of(parent, culprit, s_twoLinesAdded, new Checkout(), new Checkout());

    [Fact]
    public void The_hottest_sampled_instructions_come_first_each_beside_the_parents_from_the_same_line_or_marked_added()
    {
        // The parent's loop: the dispatch at line 200 (202 in the culprit), a branch at 210 and one at 220 (212, 222).
        var parent = Code(
            At(0x00, "movzx eax,BYTE PTR [rbx]", 200, 1000, 0.30),
            At(0x04, "mov eax,DWORD PTR [rip+<runtime>]", 200, 1000, 0.05),
            At(0x0a, "test eax,eax", 200, 1000, 0.20),
            At(0x0c, "jne L2", 210, 10),
            At(0x0e, "jne L3", 220, 990, 0.10));

        // The culprit calls threadstate_get() for the breaker and lays the two branches out in the other order, so a
        // whole-function alignment would pair each jne with the other line's.
        var culprit = Code(
            At(0x00, "movzx eax,BYTE PTR [rbx]", 202, 1000, 0.25),
            At(0x04, "call <threadstate_get>", 202, 1000, 0.02),
            At(0x09, "mov eax,DWORD PTR [rax+0x10]", 202, 1000, 0.30),
            At(0x0c, "test edx,edx", 202, 1000, 0.15),
            At(0x0e, "jne L3", 222, 990, 0.08),
            At(0x10, "jne L2", 212, 10, 0.01));

        var hot = Hot(parent, culprit)!;

        Assert.Equal(HotRanking.Samples, hot.RankedBy);
        Assert.Equal(["mov eax,DWORD PTR [rax+0x10]", "movzx eax,BYTE PTR [rbx]", "test edx,edx", "jne L3", "call <threadstate_get>", "jne L2"], hot.Rows.Select(r => r.Culprit.Text));
        Assert.Equal(['+', ' ', '~', ' ', '+', ' '], hot.Rows.Select(r => r.Kind));
        Assert.Equal(0.30, hot.Rows[1].Parent!.SampleShare);
        Assert.Equal("test eax,eax", hot.Rows[2].Parent!.Text);
        Assert.Equal((0x0eL, "ceval.c:220", 990L), (hot.Rows[3].Parent!.Offset, hot.Rows[3].Parent!.Source, hot.Rows[3].Parent!.Executions ?? 0));
        Assert.Equal(("ceval.c:212", "ceval.c:210"), (hot.Rows[5].Culprit.Source, hot.Rows[5].Parent!.Source));
    }

    [Fact]
    public void Of_two_alike_instructions_on_one_line_the_one_that_ran_as_often_stands_beside_it()
    {
        var parent = Code(At(0x00, "add rax,0x1", 200, 5), At(0x04, "add rax,0x1", 200, 800));
        var culprit = Code(At(0x00, "add rax,0x1", 202, 800), At(0x04, "add rax,0x1", 202, 5));

        var hot = Hot(parent, culprit)!;

        Assert.Equal(HotRanking.Executions, hot.RankedBy);
        Assert.Equal([(800L, 800L), (5L, 5L)], hot.Rows.Select(r => (r.Culprit.Executions ?? 0, r.Parent!.Executions ?? 0)));
    }

    [Fact]
    public void Without_samples_the_most_executed_instructions_are_hot_and_at_most_ten_are_listed()
    {
        var code = Code([.. Enumerable.Range(0, 14).Select(i => At(i * 4, $"add eax,0x{i:x}", 100 + i, i * 100))]);

        var hot = Hot(code, code)!;

        Assert.Equal(HotRanking.Executions, hot.RankedBy);
        Assert.Equal(HotInstructions.Listed, hot.Rows.Count);
        Assert.Equal([1300L, 400L], new[] { hot.Rows[0].Culprit.Executions ?? 0, hot.Rows[^1].Culprit.Executions ?? 0 });
        Assert.All(hot.Rows, r => Assert.Equal(r.Culprit.Executions, r.Parent!.Executions));
    }

    [Fact]
    public void A_function_nothing_was_sampled_or_counted_in_has_no_hot_instructions()
    {
        var code = Code(At(0, "ret", 200, 0));

        Assert.Null(Hot(code, code));
    }

    [Theory]
    [InlineData("perf", "cpu-clock", true)]
    [InlineData("perf", "cycles", true)]
    [InlineData("perf", "cycles:pp", false)]
    [InlineData("callgrind", "Ir", false)]
    public void Timer_and_imprecise_samples_skid_and_exact_counts_do_not(string tool, string @event, bool skids)
    {
        Assert.Equal(skids, new ProfileMethod(tool, @event, "", 1000, 5).Skids);
    }
}
