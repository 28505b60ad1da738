using System.Globalization;
using Bisector.Testing;

namespace Bisector.Cli.Tests;

/// <summary>
/// A one-file C program in a real git repository that grows a commit at a time, as a branch does between nights. Each
/// commit sets how much work the program does, so a test lays out regressions and improvements where it wants them;
/// the config measures it with callgrind (exact on a loaded machine) or in wall time.
/// </summary>
internal sealed class NightlyRepository : IDisposable
{
    private const string Makefile = "prog: prog.c\n\t$(CC) $(CFLAGS) -o prog prog.c\n";

    private readonly GitTestRepository _repository = new();
    private readonly TempDirectory _work = new("bisector-nightly");

    /// <param name="alsoScaled">Adds a second benchmark, prog_x4: the same program doing four times the work, so it steps where prog does.</param>
    public NightlyRepository(string metric, bool alsoScaled = false)
    {
        ConfigPath = _work.Combine("prog.json");
        var unit = metric == "callgrind" ? "instructions" : "s";
        var scaled = alsoScaled
            ? $$"""
                ,
                    "prog_x4": { "command": "{artifacts}/prog 4", "metric": "{{metric}}", "unit": "{{unit}}", "warmup": 0, "timeoutSeconds": 120 }
                """
            : "";
        File.WriteAllText(ConfigPath, $$"""
            {
              "name": "prog",
              "build": { "commands": ["make prog"], "env": { "CFLAGS": "-O1 -static" }, "artifacts": ["prog"], "timeoutSeconds": 60 },
              "benchmarks": {
                "prog": { "command": "{artifacts}/prog", "metric": "{{metric}}", "unit": "{{unit}}", "warmup": 0, "timeoutSeconds": 60 }{{scaled}}
              },
              "defaultBenchmark": "prog",
              "statistics": { "thresholdPercent": 5, "alpha": 0.001, "samples": [3, 5, 10], "referenceSamples": [10, 20] }
            }
            """);
    }

    public string Path => _repository.Path;

    public string ConfigPath { get; }

    public string WorkDir => _work.Combine("work");

    public string Database => _work.Combine("work", "history.db");

    public string Branch => _repository.Repository.Head.FriendlyName;

    /// <summary>The commits, oldest first.</summary>
    public List<string> Shas { get; } = [];

    /// <summary>Adds a commit whose program runs <paramref name="work"/> iterations of a loop.</summary>
    public string Commit(int work)
    {
        var number = Shas.Count;
        var source = $$"""
            #include <stdio.h>
            #include <stdlib.h>
            /* commit {{number}} */
            int main(int argc, char **argv) {
                unsigned long scale = argc > 1 ? strtoul(argv[1], 0, 10) : 1;
                volatile unsigned long sum = 0;
                for (unsigned long i = 0; i < {{work.ToString(CultureInfo.InvariantCulture)}}UL * scale; i++) sum += i * i;
                printf("%lu\n", (unsigned long)sum);
                return 0;
            }
            """;
        var files = new Dictionary<string, string> { ["prog.c"] = source };
        if (number == 0)
        {
            files["Makefile"] = Makefile;
        }

        Shas.Add(_repository.Commit($"commit {number}: {work} iterations", files).Sha);
        return Shas[^1];
    }

    /// <summary>Adds a commit whose program does not compile.</summary>
    public string CommitBroken()
    {
        Shas.Add(_repository.Commit($"commit {Shas.Count}: does not compile", new Dictionary<string, string> { ["prog.c"] = "int main(void) { return undefined_name; }\n" }).Sha);
        return Shas[^1];
    }

    /// <summary>The nightly job's command line for this repository, with <paramref name="extra"/> options.</summary>
    public string[] Nightly(params string[] extra) =>
        ["nightly", "--repo", Path, "--branch", Branch, "--config", ConfigPath, "--work-dir", WorkDir, "--no-explain", .. extra];

    public void Dispose()
    {
        _repository.Dispose();
        _work.Dispose();
    }
}
