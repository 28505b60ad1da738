using LibGit2Sharp;

namespace Bisector.Git.Samples;

public static partial class SampleRepository
{
    private static readonly string[] s_opcodes =
    [
        "NOP", "LOAD_FAST", "STORE_FAST", "LOAD_CONST", "BINARY_ADD", "BINARY_SUBTRACT",
        "POP_TOP", "COMPARE_LT", "POP_JUMP_IF_FALSE", "JUMP_ABSOLUTE", "RETURN_VALUE",
    ];

    private static readonly (string Subject, string File, string Line)[] s_before =
    [
        ("tests: check that add_local prints exactly one number", "tests/smoke.sh", "test \"$(./minivm add_local 1000 2>/dev/null | wc -l)\" -eq 1"),
        ("NEWS: note the opcode documentation", "NEWS.md", "- Every opcode is documented in docs/opcodes.md."),
        ("docs: describe the stack layout", "docs/eval-loop.md", "The value stack holds at most 64 objects; PUSH and POP do no bounds checks."),
        ("tests: reject an unknown benchmark name", "tests/smoke.sh", "! ./minivm no_such_benchmark 2>/dev/null"),
        ("docs: explain computed gotos", "docs/eval-loop.md", "Each opcode jumps straight to the next one's label through opcode_targets."),
        ("NEWS: mention the smoke test", "NEWS.md", "- tests/smoke.sh runs both benchmarks briefly."),
        ("docs: note the wordcode format", "docs/opcodes.md", "Instructions are two bytes: the opcode and its argument."),
        ("tests: reject a zero loop count", "tests/smoke.sh", "! ./minivm add_local 0 2>/dev/null"),
    ];

    private static readonly (string Subject, string File, string Line)[] s_side =
    [
        ("docs: describe the load_store benchmark", "docs/benchmarks.md", "load_store: 36 copies of `a = b` per loop iteration."),
        ("tests: smoke-test load_store", "tests/smoke.sh", "./minivm load_store 1000 >/dev/null 2>&1"),
        ("docs: how to read the numbers", "docs/benchmarks.md", "Lower is better: the figure is nanoseconds per operation."),
    ];

    private static readonly (string Subject, string File, string Line)[] s_middle =
    [
        ("docs: document the free list", "docs/objects.md", "Integers outside the small-int cache come from a free list, never returned to malloc."),
        ("NEWS: note the benchmark docs", "NEWS.md", "- docs/benchmarks.md describes what each benchmark measures."),
        ("tests: run the smoke test under make check", "tests/smoke.sh", "echo smoke: ok"),
        ("docs: reference counting rules", "docs/objects.md", "Every PUSH of a borrowed reference is preceded by INCREF."),
        ("docs: the eval breaker", "docs/eval-loop.md", "DISPATCH() checks the eval breaker before every instruction."),
        ("NEWS: describe the small-int cache", "NEWS.md", "- Integers from -5 to 1024 are cached and never freed."),
        ("docs: list the benchmarks in the README", "docs/benchmarks.md", "Both benchmarks take the number of loops as their second argument."),
        ("tests: check the stderr summary", "tests/smoke.sh", "./minivm add_local 1000 2>&1 >/dev/null | grep -q 'ns per operation'"),
        ("docs: describe the runtime state", "docs/eval-loop.md", "The runtime holds the thread state; each thread state points at its interpreter."),
        ("docs: how to profile with perf", "docs/benchmarks.md", "perf record -F999 -g ./minivm add_local shows the time in eval_code."),
        ("NEWS: prepare 1.2", "NEWS.md", "## 1.2 (unreleased)"),
        ("docs: explain POP_JUMP_IF_FALSE", "docs/opcodes.md", "POP_JUMP_IF_FALSE pops the condition and jumps when it is zero."),
        ("tests: time a longer add_local run", "tests/smoke.sh", "./minivm add_local 20000 >/dev/null 2>&1"),
        ("docs: the object layout", "docs/objects.md", "An object is a reference count followed by its value."),
    ];

    private static readonly (string Subject, string File, string Line)[] s_after =
    [
        ("NEWS: per-interpreter eval breaker", "NEWS.md", "- Each interpreter has its own eval breaker."),
        ("docs: update the eval breaker section", "docs/eval-loop.md", "The eval breaker now lives in the interpreter state."),
        ("tests: run load_store longer", "tests/smoke.sh", "./minivm load_store 20000 >/dev/null 2>&1"),
        ("docs: document the builder", "docs/benchmarks.md", "main.c builds each benchmark's bytecode before timing it."),
        ("docs: describe int_from_long", "docs/objects.md", "int_from_long returns a new reference."),
        ("NEWS: mention load_store", "NEWS.md", "- New benchmark: load_store."),
        ("docs: opcode argument limits", "docs/opcodes.md", "Arguments are at most 255, so jump targets are too."),
        ("tests: print a summary line", "tests/smoke.sh", "echo smoke: all benchmarks ran"),
        ("docs: threads and interpreters", "docs/eval-loop.md", "One thread state per thread; interpreters do not share state."),
        ("docs: note on timing", "docs/benchmarks.md", "Timing uses CLOCK_MONOTONIC around the eval loop only."),
        ("NEWS: release 1.2", "NEWS.md", "## 1.2"),
        ("docs: stack effects table", "docs/opcodes.md", "BINARY_ADD pops two and pushes one; POP_TOP pops one."),
        ("tests: guard against missing binary", "tests/smoke.sh", "test -x ./minivm"),
        ("docs: DECREF and deallocation", "docs/objects.md", "DECREF frees an object when its count reaches zero."),
        ("docs: glossary", "docs/eval-loop.md", "Glossary: dispatch, eval breaker, frame, wordcode."),
        ("NEWS: prepare 1.3", "NEWS.md", "## 1.3 (unreleased)"),
        ("docs: benchmark variance", "docs/benchmarks.md", "Expect a few percent of run-to-run spread on shared machines."),
        ("tests: document how to run", "tests/smoke.sh", "# run from the repository root after make"),
        ("docs: the small-int range", "docs/objects.md", "SMALL_INT_MAX is 1024."),
    ];

    private static void WriteHistory(HistoryWriter writer)
    {
        var files = SampleFiles.Load();
        var tip = writer.Commit("Initial import of minivm", files);
        writer.AnnotatedTag("v1.0", tip, "minivm 1.0\n");

        files["NEWS.md"] = "# minivm news\n\n## 1.1\n";
        tip = writer.Commit("Add NEWS", files, tip);
        files["docs/eval-loop.md"] = "# The eval loop\n\n";
        tip = writer.Commit("docs: start an overview of the eval loop", files, tip);
        files["tests/smoke.sh"] = "#!/bin/sh\nset -e\n./minivm add_local 1000 >/dev/null 2>&1\n";
        tip = writer.Commit("tests: add a smoke test", files, tip);
        files["Makefile"] = files["Makefile"].Replace("clean:\n", "check: minivm\n\tsh tests/smoke.sh\n\nclean:\n", "Makefile")
            .Replace(".PHONY: clean", ".PHONY: check clean", "Makefile");
        tip = writer.Commit("Makefile: add a check target", files, tip);
        files["docs/opcodes.md"] = "# Opcodes\n\n";
        foreach (var opcode in s_opcodes)
        {
            files["docs/opcodes.md"] += $"- {opcode}\n";
            tip = writer.Commit($"docs: document {opcode}", files, tip);
        }

        files["object.h"] = files["object.h"].Replace("#define SMALL_INT_MIN", "/* Integers in [SMALL_INT_MIN, SMALL_INT_MAX] are preallocated and shared. */\n#define SMALL_INT_MIN", "object.h");
        tip = writer.Commit("object.h: explain the small-int cache", files, tip);

        var checkedMain = files["main.c"].Replace("    if (loops <= 0) {", "    if (loops <= 0 || loops > MAX_LOOPS) {", "main.c");
        files["main.c"] = checkedMain;
        tip = writer.Commit(BrokenSubject, files, tip);
        files["main.c"] = checkedMain.Replace("#define ADDITIONS_PER_LOOP 36", "#define ADDITIONS_PER_LOOP 36\n#define MAX_LOOPS 100000000L", "main.c");
        tip = writer.Commit("main: define MAX_LOOPS (fixes the build)", files, tip);

        tip = Append(writer, files, tip, s_before);
        writer.LightweightTag("v1.1", tip);

        var side = tip;
        var sideFiles = new Dictionary<string, string>(files);
        sideFiles["docs/benchmarks.md"] = "# Benchmarks\n\nadd_local: 36 copies of `a + b` per loop iteration.\n";
        side = writer.Commit("docs: start the benchmark notes", sideFiles, side);
        side = Append(writer, sideFiles, side, s_side);
        writer.Branch("benchmark-docs", side);

        files["NEWS.md"] += "- make check runs the smoke test.\n";
        tip = writer.Commit("NEWS: mention the check target", files, tip);
        foreach (var (path, content) in sideFiles)
        {
            files[path] = content;
        }

        files["NEWS.md"] += "- make check runs the smoke test.\n";
        tip = writer.Commit("Merge branch 'benchmark-docs'", files, tip, side);

        files["docs/objects.md"] = "# Objects\n\n";
        tip = Append(writer, files, tip, s_middle);

        files["ceval_macros.h"] = files["ceval_macros.h"].Replace(
            "/* The eval breaker lives in the runtime: one relaxed load per instruction. */\n#define EVAL_BREAKER_SET() \\\n    __atomic_load_n(&runtime.ceval.eval_breaker, __ATOMIC_RELAXED)",
            "/* Each interpreter has its own eval breaker: reach it through the current thread state. */\n#define EVAL_BREAKER_SET() \\\n    __atomic_load_n(&threadstate_get()->interp->ceval.eval_breaker, __ATOMIC_RELAXED)",
            "ceval_macros.h");
        tip = writer.Commit(RegressionSubject, files, tip);

        tip = Append(writer, files, tip, s_after);
        writer.Branch("main", tip);
    }

    private static Commit Append(HistoryWriter writer, Dictionary<string, string> files, Commit tip, (string Subject, string File, string Line)[] changes)
    {
        foreach (var (subject, file, line) in changes)
        {
            files[file] = files.GetValueOrDefault(file, string.Empty) + line + "\n";
            tip = writer.Commit(subject, files, tip);
        }

        return tip;
    }
}
