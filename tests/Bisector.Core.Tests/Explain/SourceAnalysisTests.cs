using Bisector.Core.Explain;

namespace Bisector.Core.Tests.Explain;

public sealed class SourceAnalysisTests
{
    private const string Worktree = "/cache/bisector/worktree/";

    private static readonly string s_macrosBefore = string.Join('\n',
        "/* minivm */", "", "", "", "", "", "/* The eval breaker */",
        "#define EVAL_BREAKER_SET() \\",
        "    __atomic_load_n(&runtime.ceval.eval_breaker, __ATOMIC_RELAXED)",
        "",
        "#define DISPATCH() \\",
        "    do { if (EVAL_BREAKER_SET()) { goto breaker; } goto *targets[*ip++]; } while (0)",
        "");

    private static readonly string s_macrosAfter = s_macrosBefore.Replace("&runtime.ceval", "&threadstate_get()->interp->ceval", StringComparison.Ordinal);

    private static readonly string s_ceval = string.Join('\n', Enumerable.Range(1, 60).Select(i => i == 40 ? "    DISPATCH();" : i == 50 ? "    x = a + b;" : "    ;"));

    private static readonly string s_macroPatch = $"""
        diff --git a/ceval_macros.h b/ceval_macros.h
        --- a/ceval_macros.h
        +++ b/ceval_macros.h
        @@ -7,4 +7,4 @@
         /* The eval breaker */
         #define EVAL_BREAKER_SET() \
        -    __atomic_load_n(&runtime.ceval.eval_breaker, __ATOMIC_RELAXED)
        +    __atomic_load_n(&threadstate_get()->interp->ceval.eval_breaker, __ATOMIC_RELAXED)
         
        """;

    [Fact]
    public void A_changed_macro_runs_where_the_lines_that_use_it_through_other_macros_run()
    {
        var parent = new Sources(("ceval_macros.h", s_macrosBefore), ("ceval.c", s_ceval));
        var culprit = new Sources(("ceval_macros.h", s_macrosAfter), ("ceval.c", s_ceval));

        var execution = SourceAnalysis.Analyze(
            UnifiedDiff.Parse(s_macroPatch),
            [new LineCost(Worktree + "ceval.c", 40, "eval_code", 100), new LineCost(Worktree + "ceval.c", 50, "eval_code", 500)],
            [new LineCost(Worktree + "ceval.c", 40, "eval_code", 300), new LineCost(Worktree + "ceval.c", 50, "eval_code", 500), new LineCost(Worktree + "pystate.c", 3, "threadstate_get", 20)],
            parent,
            culprit);

        var change = Assert.Single(execution.Changes);
        Assert.Equal("EVAL_BREAKER_SET", change.Macro);
        Assert.Equal(300, change.CulpritInstructions);
        Assert.Equal(100, change.ParentInstructions);
        var line = execution.Lines[0];
        Assert.Equal(("ceval.c", 40, true), (line.File, line.Line, line.SourceChanged));
    }

    [Fact]
    public void Instructions_added_in_a_function_the_changed_code_calls_are_more_work_not_a_side_effect()
    {
        var pystate = "struct ts *threadstate_get(void)\n{\n    return current;\n}\n";
        var parent = new Sources(("ceval_macros.h", s_macrosBefore), ("ceval.c", s_ceval), ("pystate.c", pystate));
        var culprit = new Sources(("ceval_macros.h", s_macrosAfter), ("ceval.c", s_ceval), ("pystate.c", pystate));

        var execution = SourceAnalysis.Analyze(
            UnifiedDiff.Parse(s_macroPatch),
            [new LineCost(Worktree + "ceval.c", 40, "eval_code", 100)],
            [new LineCost(Worktree + "ceval.c", 40, "eval_code", 300), new LineCost(Worktree + "pystate.c", 3, "threadstate_get", 1000)],
            parent,
            culprit);

        Assert.True(Assert.Single(execution.Changes).Runs);
        var callee = Assert.Single(execution.Lines, l => l.Function == "threadstate_get");
        Assert.Equal((1000L, false), (callee.Delta, callee.SourceChanged));
    }

    [Fact]
    public void A_change_the_benchmark_never_runs_with_more_instructions_elsewhere_is_a_code_generation_side_effect()
    {
        var before = string.Join('\n', Enumerable.Range(1, 120).Select(i => $"line {i}"));
        var after = string.Join('\n', Enumerable.Range(1, 122).Select(i => $"line {i}"));
        var patch = """
            diff --git a/lvm.c b/lvm.c
            --- a/lvm.c
            +++ b/lvm.c
            @@ -100,2 +100,4 @@ void luaV_execute (lua_State *L, CallInfo *ci) {
                   vmcase(OP_TFORCALL) {
            +        int a = 1;
            +        (void)a;
                     Protect(luaD_call(L, cb, GETARG_C(i)));
            """;

        var execution = SourceAnalysis.Analyze(
            UnifiedDiff.Parse(patch),
            [new LineCost(Worktree + "lvm.c", 50, "luaV_execute", 1000), new LineCost(Worktree + "lvm.c", 110, "luaV_execute", 400)],
            [new LineCost(Worktree + "lvm.c", 50, "luaV_execute", 1300), new LineCost(Worktree + "lvm.c", 112, "luaV_execute", 400)],
            new Sources(("lvm.c", before)),
            new Sources(("lvm.c", after)));

        var change = Assert.Single(execution.Changes);
        Assert.False(change.Runs);
        var line = Assert.Single(execution.Lines);
        Assert.Equal(("lvm.c", 50, false, 300L), (line.File, line.Line, line.SourceChanged, line.Delta));
        Assert.Equal("void luaV_execute (lua_State *L, CallInfo *ci) {", change.Function);
    }

    private sealed class Sources(params (string Path, string Text)[] files) : ISourceFiles
    {
        public string? RepositoryPath(string debugPath) => files.Select(f => f.Path).FirstOrDefault(p => debugPath.EndsWith("/" + p, StringComparison.Ordinal));

        public string? Read(string repositoryPath) => files.FirstOrDefault(f => f.Path == repositoryPath).Text;
    }
}
