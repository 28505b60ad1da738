using Bisector.Core.Explain;
using Bisector.Core.Findings;
using Bisector.Core.Session;

namespace Bisector.Reporting.Tests;

/// <summary>
/// What the explanation of minivm's sample culprit looks like: EVAL_BREAKER_SET now calls threadstate_get() on every
/// dispatch. The figures agree with each other (shares sum to 1, contributions to the time shift, instruction counts to
/// the totals of the sample's instruction evidence) so that every view of them can be read as a real report.
/// </summary>
internal static class SampleExplanation
{
    private const long Loops = 2_000_000;

    public static Explanation Full(string sha, string parentSha) => new(
        Commit(sha, parentSha),
        new ProfileComparison(
            new ProfileMethod("perf", "cpu-clock", "frame pointers (LBR not available on this CPU)", 1204, 5),
            new ProfileMethod("callgrind", "Ir", "none", 61_643_542, 1),
            "time",
            [
                new SymbolChange("threadstate_get", "minivm", 0.0, 0.25, 0, 10_000_000, 37.83),
                new SymbolChange("eval_code", "minivm", 0.82, 0.62, 47_380_000, 49_380_000, 11.83),
                new SymbolChange("int_from_long", "minivm", 0.12, 0.09, 8_200_000, 8_200_000, 1.62),
                new SymbolChange("main", "minivm", 0.06, 0.04, 2_063_260, 2_063_542, 0.05),
            ]),
        [
            new MachineCodeComparison("eval_code", CodeFinding.Changed, 0x1a40, 0x1a40, 1184, 1188, 296, 297, [EvalCodeHunk()]) { Hot = EvalCodeHot() },
            new MachineCodeComparison("threadstate_get", CodeFinding.Changed, 0, 0x1c80, 0, 16, 0, 5, [ThreadstateGetHunk()]) { Hot = ThreadstateGetHot() },
            new MachineCodeComparison("int_from_long", CodeFinding.Moved, 0x1f40, 0x1f68, 96, 96, 24, 24, []),
            new MachineCodeComparison("main", CodeFinding.Identical, 0x1100, 0x1100, 412, 412, 103, 103, []),
        ],
        new SourceExecution(
            [
                new ChangedCode("ceval_macros.h", null, "EVAL_BREAKER_SET", [39, 40], 3 * Loops, 2 * Loops),
                new ChangedCode("pystate.c", "threadstate_get", null, [101, 102, 103, 104, 105, 106], 5 * Loops, 0),
                new ChangedCode("pystate.c", "threadstate_clear", null, [135], 0, 0),
                new ChangedCode("pystate.h", null, null, [12, 30], 0, 0),
            ],
            [
                new HotLine("pystate.c", 102, "threadstate_get", 0, 2 * Loops, true),
                new HotLine("pystate.c", 104, "threadstate_get", 0, 2 * Loops, true),
                new HotLine("ceval.c", 214, "eval_code", 2 * Loops, 3 * Loops, true),
                new HotLine("pystate.c", 103, "threadstate_get", 0, Loops, true),
                new HotLine("ceval.c", 209, "eval_code", Loops / 2, Loops / 2 - 1, false),
            ]),
        []);

    /// <summary>A culprit explained where neither perf nor valgrind could run: only the commit and what to enable.</summary>
    public static Explanation Unprofiled(string sha, string parentSha) => new(
        Commit(sha, parentSha),
        null,
        [],
        null,
        [
            new ProfileUnavailable(false, "perf record is not permitted (kernel.perf_event_paranoid is 3): run as root, or set it to 2 with 'sysctl kernel.perf_event_paranoid=2'."),
            new ProfileUnavailable(true, "valgrind is missing: 'apt-get install valgrind' lets Bisector count instructions per function and per source line."),
        ]);

    public static RunEnvironment Environment() => new(
        "AMD EPYC 7B13",
        2,
        "Linux 6.1.0-26-amd64 x86_64",
        "gcc (Debian 12.2.0-14) 12.2.0",
        "perf version 6.1.112",
        "valgrind-3.19.0",
        ["CFLAGS=-DNDEBUG -g -O3 -Wall -fno-omit-frame-pointer -ggdb"],
        "0.4.0+b5ddef8")
    {
        Load = "load average 0.31 at the start; other processes used 13 % of a CPU while measuring (at most 81 %)",
    };

    public static ReproduceCommands Commands() => new(
        "bisector run --good v1.0 --bad main --repo ~/src/minivm --config bisect-configs/minivm.yaml --benchmark add_local",
        ["make clean", "make -j2 minivm CFLAGS='-DNDEBUG -g -O3 -Wall -fno-omit-frame-pointer -ggdb'"],
        "./minivm --bench add_local --loops 2000000");

    private static CommitDetails Commit(string sha, string parentSha) => new(
        sha,
        parentSha,
        """
        Read the eval breaker through the thread state

        Signals and pending calls are per thread now: keep the eval breaker in the
        thread state, so that one thread can be interrupted without stopping the
        others, and read it through threadstate_get().

        """,
        [new FileChange("ceval_macros.h", 2, 2), new FileChange("pystate.c", 7, 0), new FileChange("pystate.h", 2, 0)],
        """
        diff --git a/ceval_macros.h b/ceval_macros.h
        index 3b1c2d4..8e9f0a1 100644
        --- a/ceval_macros.h
        +++ b/ceval_macros.h
        @@ -37,8 +37,8 @@
         /* Checked once per instruction: a signal, a pending call or a GC request stops the loop. */
        -#define EVAL_BREAKER_SET(interp) \
        -    ((interp)->eval_breaker != 0)
        +#define EVAL_BREAKER_SET(interp) \
        +    (threadstate_get()->eval_breaker != 0)

         #define DISPATCH() \
             do { \
        diff --git a/pystate.c b/pystate.c
        index 1d2e3f4..5a6b7c8 100644
        --- a/pystate.c
        +++ b/pystate.c
        @@ -98,6 +98,12 @@ threadstate_new(interp_state *interp)
             return ts;
         }

        +thread_state *
        +threadstate_get(void)
        +{
        +    return current_thread;
        +}
        +
         void
         threadstate_clear(thread_state *ts)
         {
        @@ -128,4 +134,5 @@ threadstate_clear(thread_state *ts)
             ts->frame = NULL;
        +    ts->eval_breaker = 0;
         }
        diff --git a/pystate.h b/pystate.h
        index 7c8d9e0..0f1a2b3 100644
        --- a/pystate.h
        +++ b/pystate.h
        @@ -10,6 +10,7 @@ typedef struct thread_state {
             struct frame *frame;
        +    int eval_breaker;   /* set by signal handlers and by other threads */
         } thread_state;
        @@ -28,3 +29,4 @@ thread_state *threadstate_new(interp_state *interp);
         void threadstate_clear(thread_state *ts);
        +thread_state *threadstate_get(void);

        """);

    /// <summary>The check at the top of eval_code's loop: two loads became a call and a load, with a register saved across the call.</summary>
    private static CodeHunk EvalCodeHunk() => new(
    [
        new CodeLine(Run(0x70, "mov QWORD PTR [rbp-0x38], rax", "ceval.c:209", Loops / 2), Run(0x70, "mov QWORD PTR [rbp-0x38], rax", "ceval.c:209", Loops / 2 - 1)),
        new CodeLine(Run(0x74, "add r12, 0x2", "ceval.c:212", Loops), Run(0x74, "add r12, 0x2", "ceval.c:212", Loops)),
        new CodeLine(Run(0x78, "mov rax, QWORD PTR [rbx+0x18]", "ceval.c:214", Loops), null),
        new CodeLine(Run(0x7c, "mov eax, DWORD PTR [rax+0x40]", "ceval.c:214", Loops), null),
        new CodeLine(null, Run(0x78, "mov r13, rdx", "ceval.c:214", Loops)),
        new CodeLine(null, Run(0x7b, "call <threadstate_get>", "ceval.c:214", Loops)),
        new CodeLine(null, Run(0x80, "mov eax, DWORD PTR [rax+0x10]", "ceval.c:214", Loops)),
        new CodeLine(Run(0x7f, "test eax, eax", "ceval.c:214", Loops), Run(0x83, "test eax, eax", "ceval.c:214", Loops)),
        new CodeLine(Run(0x81, "jne <eval_code.cold>", "ceval.c:214", Loops), Run(0x85, "jne <eval_code.cold>", "ceval.c:214", Loops)),
    ]);

    private static CodeHunk ThreadstateGetHunk() => new(
    [
        new CodeLine(null, Run(0x0, "push rbp", "pystate.c:102", Loops)),
        new CodeLine(null, Run(0x1, "mov rbp, rsp", "pystate.c:102", Loops)),
        new CodeLine(null, Run(0x4, "mov rax, QWORD PTR [rip+0x0] <current_thread>", "pystate.c:103", Loops)),
        new CodeLine(null, Run(0xb, "pop rbp", "pystate.c:104", Loops)),
        new CodeLine(null, Run(0xc, "ret", "pystate.c:104", Loops)),
    ]);

    /// <summary>
    /// eval_code's hottest instructions by time samples: the load through threadstate_get()'s result, and the test after
    /// it, whose samples are the load's skid.
    /// </summary>
    private static HotInstructions EvalCodeHot() => new(
        HotRanking.Samples,
        [
            new(Sampled(0x80, "mov eax, DWORD PTR [rax+0x10]", "ceval.c:214", Loops, 0.142), null),
            new(Sampled(0x83, "test eax, eax", "ceval.c:214", Loops, 0.091), Sampled(0x7f, "test eax, eax", "ceval.c:214", Loops, 0.108)),
            new(Sampled(0x74, "add r12, 0x2", "ceval.c:212", Loops, 0.064), Sampled(0x74, "add r12, 0x2", "ceval.c:212", Loops, 0.071)),
            new(Sampled(0x7b, "call <threadstate_get>", "ceval.c:214", Loops, 0.058), null),
            new(Sampled(0x70, "mov QWORD PTR [rbp-0x38], rdx", "ceval.c:209", Loops / 2 - 1, 0.021), Sampled(0x70, "mov QWORD PTR [rbp-0x38], rax", "ceval.c:209", Loops / 2, 0.024)),
        ]);

    private static HotInstructions ThreadstateGetHot() => new(
        HotRanking.Samples,
        [
            new(Sampled(0x4, "mov rax, QWORD PTR [rip+0x0] <current_thread>", "pystate.c:103", Loops, 0.118), null),
            new(Sampled(0xc, "ret", "pystate.c:104", Loops, 0.077), null),
            new(Sampled(0x0, "push rbp", "pystate.c:102", Loops, 0.049), null),
        ]);

    private static Instruction Sampled(long offset, string text, string source, long executions, double share) =>
        new(offset, text, source, executions) { SampleShare = share };

    private static Instruction Run(long offset, string text, string source, long executions) =>
        new(offset, text, source, executions) { SampleShare = executions / 40_000_000.0 };
}
