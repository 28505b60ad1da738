using Bisector.Core.Explain;
using Bisector.Reporting.Text;
using Xunit;

namespace Bisector.Reporting.Tests.Text;

public sealed class ConclusionTextTests
{
    [Fact]
    public void Instructions_on_the_changed_lines_are_more_work_by_the_commit()
    {
        var execution = new SourceExecution(
            [new ChangedCode("ceval_macros.h", null, "EVAL_BREAKER_SET", [39], 300, 100)],
            [new HotLine("ceval.c", 40, "eval_code", 100, 300, true)]);

        var conclusion = ConclusionText.Write(null, [], execution);

        Assert.Equal(
            "The changed code runs: the lines that use macro EVAL_BREAKER_SET (ceval_macros.h) executed 300 instructions in the culprit and 100 in the parent. " +
            "Most of the change in executed instructions is on the changed lines (or the lines that use a changed macro): the commit does more work there.",
            conclusion);
    }

    [Fact]
    public void Instructions_added_in_a_function_the_changed_code_calls_are_more_work_not_a_side_effect()
    {
        var execution = new SourceExecution(
            [new ChangedCode("ceval_macros.h", null, "EVAL_BREAKER_SET", [39], 300, 100)],
            [new HotLine("pystate.c", 3, "threadstate_get", 0, 1000, false), new HotLine("ceval.c", 40, "eval_code", 100, 300, true)]);

        var conclusion = ConclusionText.Write(null, [], execution);

        Assert.Contains("and in what they call (threadstate_get +1,000 instructions): the commit does more work there", conclusion, StringComparison.Ordinal);
        Assert.DoesNotContain("side effect", conclusion, StringComparison.Ordinal);
    }

    [Fact]
    public void A_change_the_benchmark_never_runs_with_more_instructions_elsewhere_is_a_code_generation_side_effect()
    {
        var execution = new SourceExecution(
            [new ChangedCode("lvm.c", "void luaV_execute (lua_State *L, CallInfo *ci) {", null, [101, 102], 0, 0)],
            [new HotLine("lvm.c", 50, "luaV_execute", 1000, 1300, false)]);

        var conclusion = ConclusionText.Write(null, [], execution);

        Assert.Contains("The change is in void luaV_execute (lua_State *L, CallInfo *ci) { (lvm.c), which the benchmark never executes", conclusion, StringComparison.Ordinal);
        Assert.Contains("luaV_execute at lvm.c:50 (+300 instructions): a code-generation side effect", conclusion, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_build_or_a_profile_the_conclusion_says_so()
    {
        var commit = new CommitDetails("a", "b", "subject", [], string.Empty);

        Assert.Equal("The culprit or its parent no longer builds, so it could not be profiled.", ConclusionText.Write(new Explanation(commit, null, [], null, []) { Unbuildable = true }));
        Assert.Equal("No profile could be taken here, so the culprit's effect is not explained beyond its measured change.", ConclusionText.Write(new Explanation(commit, null, [], null, [])));
    }
}
