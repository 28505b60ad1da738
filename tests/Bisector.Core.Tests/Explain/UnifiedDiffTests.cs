using Bisector.Core.Explain;

namespace Bisector.Core.Tests.Explain;

public sealed class UnifiedDiffTests
{
    private const string Patch = """
        diff --git a/ceval_macros.h b/ceval_macros.h
        index 1111111..2222222 100644
        --- a/ceval_macros.h
        +++ b/ceval_macros.h
        @@ -5,6 +5,6 @@
         
         /* The eval breaker */
         #define EVAL_BREAKER_SET() \
        -    __atomic_load_n(&runtime.ceval.eval_breaker, __ATOMIC_RELAXED)
        +    __atomic_load_n(&threadstate_get()->interp->ceval.eval_breaker, __ATOMIC_RELAXED)
         
         #define FAST_DISPATCH() goto *targets[*ip++]
        diff --git a/lvm.c b/lvm.c
        --- a/lvm.c
        +++ b/lvm.c
        @@ -100,3 +100,5 @@ void luaV_execute (lua_State *L, CallInfo *ci) {
               vmcase(OP_TFORCALL) {
        +        int a = 1;
        +        (void)a;
                 Protect(luaD_call(L, cb, GETARG_C(i)));
        diff --git a/old.c b/old.c
        deleted file mode 100644
        --- a/old.c
        +++ /dev/null
        @@ -1,2 +0,0 @@
        -int unused;
        -int also_unused;
        """;

    [Fact]
    public void Every_hunk_numbers_its_added_and_removed_lines_on_their_own_side()
    {
        var hunks = UnifiedDiff.Parse(Patch);

        Assert.Equal(3, hunks.Count);
        Assert.Equal("ceval_macros.h", hunks[0].File);
        Assert.Equal([8], hunks[0].AddedLines);
        Assert.Equal([8], hunks[0].RemovedLines);
        Assert.Equal("lvm.c", hunks[1].File);
        Assert.Equal("void luaV_execute (lua_State *L, CallInfo *ci) {", hunks[1].Context);
        Assert.Equal([101, 102], hunks[1].AddedLines);
        Assert.Empty(hunks[1].RemovedLines);
        Assert.Equal("old.c", hunks[2].File);
        Assert.Equal([1, 2], hunks[2].RemovedLines);
    }

    [Fact]
    public void A_change_to_a_continuation_line_is_a_change_to_its_macro()
    {
        var source = "/* x */\n\n\n\n\n/* The eval breaker */\n#define EVAL_BREAKER_SET() \\\n    __atomic_load_n(&threadstate_get()->interp->ceval.eval_breaker, __ATOMIC_RELAXED)\n";
        var hunk = UnifiedDiff.Parse(Patch)[0] with { AddedLines = [8] };

        Assert.Equal(["EVAL_BREAKER_SET"], UnifiedDiff.MacrosEdited(hunk, source));
        Assert.Null(UnifiedDiff.MacroAt(source.Split('\n'), 6));
    }

    [Fact]
    public void A_change_to_ordinary_code_edits_no_macro()
    {
        var hunk = UnifiedDiff.Parse(Patch)[1];

        Assert.Empty(UnifiedDiff.MacrosEdited(hunk, null));
    }
}
