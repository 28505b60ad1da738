using System.Text.Json;
using Bisector.Testing;

namespace Bisector.Cli.Tests.Commands;

/// <summary>
/// A C program whose work rose inside a merged branch and again on the main line after the merge. The loop runs
/// <c>loops * (100 + LINE_EXTRA + BRANCH_EXTRA) / 100</c> times: the main line changes LINE_EXTRA in prog.c, the branch
/// BRANCH_EXTRA in work.h, so the two sides merge cleanly. Its commits, in <see cref="CProgramRepository.Shas"/>:
/// 0 the baseline, 1 a main-line note (the fork), 2..4 the branch (3 adds 30 % more loops; 4 a note, or 15 % more with
/// <c>secondBranchStep</c>), 5 a main-line note, 6 the merge, 7 adds 20 % more loops on the main line, 8 a last note.
/// </summary>
internal static class MergedBranchHistory
{
    public const int BranchStep = 3;
    public const int SecondBranchStep = 4;
    public const int Merge = 6;
    public const int LineStep = 7;

    private const string Makefile = "prog: prog.c work.h\n\t$(CC) $(CFLAGS) -o prog prog.c\n";

    /// <param name="sleepMs">How long the program waits after its loop: a wait that hides the work from time.</param>
    /// <param name="metric">"output": the program prints its cost, its loop count with a spread of 0.1 % (<see cref="CostPrintingProgram"/>), and runs no loop.</param>
    /// <param name="secondBranchStep">Whether the branch moves a second time, at its last commit.</param>
    public static CProgramRepository Create(int sleepMs, string arguments, string metric, bool secondBranchStep = false) =>
        new(repository => Commits(repository, sleepMs, printsCost: metric == "output", secondBranchStep), arguments, arguments, metric);

    /// <summary>
    /// <c>bisector run</c> from the baseline to the last commit with <paramref name="options"/>, unexplained; its exit code,
    /// output, and report.json (an empty object when none was written).
    /// </summary>
    public static async Task<(int ExitCode, string Output, string Error, JsonElement Report)> RunAsync(CProgramRepository repository, TempDirectory work, params string[] options)
    {
        var (exitCode, output, error) = await CliProcess.RunAsync(
        [
            "run", "--good", repository.Shas[0], "--bad", repository.Shas[^1], "--repo", repository.Path, "--config", repository.ConfigPath, "--no-explain", "--no-revert-check",
            "--work-dir", work.Combine("work"), "--report-dir", work.Combine("report"), .. options,
        ]);
        var path = Path.Combine(work.Combine("report"), "report.json");
        return (exitCode, output, error, JsonDocument.Parse(File.Exists(path) ? File.ReadAllText(path) : "{}").RootElement);
    }

    private static string Program(int note, int extra, int sleepMs, bool printsCost) => printsCost
        ? CostPrintingProgram.Source("(100.0 + LINE_EXTRA + BRANCH_EXTRA)", $"/* revision note {note} */\n#include \"work.h\"\n#define LINE_EXTRA {extra}\n")
        : Program(note, extra, sleepMs);

    private static string Program(int note, int extra, int sleepMs) => $$"""
        /* revision note {{note}} */
        #include <stdio.h>
        #include <stdlib.h>
        #include <unistd.h>
        #include "work.h"

        #define LINE_EXTRA {{extra}}

        int main(int argc, char **argv)
        {
            long loops = argc > 1 ? atol(argv[1]) : 100000;
            long n = loops * (100 + LINE_EXTRA + BRANCH_EXTRA) / 100;
            unsigned long s = 0;
            for (long i = 0; i < n; i++) {
                s = s * 31 + (unsigned long)i;
            }
            usleep({{sleepMs * 1000}});
            printf("%lu\n", s);
            return 0;
        }

        """;

    private static string Work(int note, int extra) => $"/* work note {note} */\n#define BRANCH_EXTRA {extra}\n";

    private static IEnumerable<string> Commits(GitTestRepository repository, int sleepMs, bool printsCost, bool secondBranchStep)
    {
        var shas = new List<string>();
        void Commit(string subject, Dictionary<string, string> files) => shas.Add(repository.Commit(subject, files).Sha);

        Commit("prog: the baseline", new() { ["Makefile"] = Makefile, ["prog.c"] = Program(0, 0, sleepMs, printsCost), ["work.h"] = Work(0, 0) });
        Commit("docs: describe the benchmark", new() { ["prog.c"] = Program(1, 0, sleepMs, printsCost) });
        var fork = repository.Repository.Head.Tip;
        repository.Branch("feature", fork);
        repository.CheckoutBranch("feature");
        Commit("work.h: name the extra work", new() { ["work.h"] = Work(1, 0) });
        Commit("work.h: 30 % more loops", new() { ["work.h"] = Work(1, 30) });
        if (secondBranchStep)
        {
            Commit("work.h: 15 % more loops", new() { ["work.h"] = Work(2, 45) });
        }
        else
        {
            Commit("work.h: document the extra loops", new() { ["work.h"] = Work(2, 30) });
        }

        repository.CheckoutBranch("master");
        Commit("docs: a note on the output", new() { ["prog.c"] = Program(2, 0, sleepMs, printsCost) });
        shas.Add(repository.Merge("feature", "Merge branch 'feature'").Sha);
        Commit("prog: 20 % more loops", new() { ["prog.c"] = Program(2, 20, sleepMs, printsCost) });
        Commit("docs: a last note", new() { ["prog.c"] = Program(3, 20, sleepMs, printsCost) });
        return shas;
    }
}
