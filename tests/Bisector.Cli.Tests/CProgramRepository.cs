using Bisector.Testing;

namespace Bisector.Cli.Tests;

/// <summary>
/// A one-file C program (prog.c, built by make into prog) in a real git repository, one commit per version (or a history
/// the caller makes, merges included), with a config that measures it in wall time and counts its instructions with callgrind.
/// </summary>
internal sealed class CProgramRepository : IDisposable
{
    private const string Makefile = "prog: prog.c\n\t$(CC) $(CFLAGS) -o prog prog.c\n";

    private readonly GitTestRepository _repository = new();

    /// <param name="versions">Each commit's subject and prog.c.</param>
    /// <param name="arguments">The benchmark's arguments.</param>
    /// <param name="checkArguments">The shorter instruction check's arguments.</param>
    /// <param name="metric">The benchmark's metric: wall time, a number the program prints (<c>output</c>), or callgrind's count.</param>
    public CProgramRepository(IReadOnlyList<(string Subject, string Source)> versions, string arguments, string checkArguments, string metric = "wall-time")
        : this(repository => Linear(repository, versions), arguments, checkArguments, metric)
    {
    }

    /// <param name="history">
    /// Makes the commits in the repository (the first holds a Makefile whose target <c>prog</c> builds the program) and
    /// returns the SHAs <see cref="Shas"/> lists, in its own order.
    /// </param>
    /// <param name="arguments">The benchmark's arguments.</param>
    /// <param name="checkArguments">The shorter instruction check's arguments.</param>
    /// <param name="metric">The benchmark's metric: wall time, a number the program prints (<c>output</c>), or callgrind's count.</param>
    public CProgramRepository(Func<GitTestRepository, IEnumerable<string>> history, string arguments, string checkArguments, string metric = "wall-time")
    {
        Shas.AddRange(history(_repository));
        var unit = metric switch { "output" => "units", "callgrind" => "instructions", _ => "s" };
        ConfigPath = System.IO.Path.Combine(_repository.Path, "..", $"prog-{Guid.NewGuid():N}.json");
        File.WriteAllText(ConfigPath, $$"""
            {
              "name": "prog",
              "build": {
                "commands": ["make prog"],
                "env": { "CFLAGS": "-O2 -g -fno-omit-frame-pointer -static" },
                "artifacts": ["prog"],
                "timeoutSeconds": 60
              },
              "benchmarks": {
                "prog": {
                  "command": "{artifacts}/prog {{arguments}}",
                  "metric": "{{metric}}",
                  "unit": "{{unit}}",
                  "warmup": 1,
                  "timeoutSeconds": 30,
                  "instructionCheck": { "command": "{artifacts}/prog {{checkArguments}}", "samples": 2 }
                }
              },
              "defaultBenchmark": "prog",
              "statistics": { "thresholdPercent": 5, "alpha": 0.001, "samples": [3, 5, 10], "referenceSamples": [10, 20] }
            }
            """);
    }

    public string Path => _repository.Path;

    public string ConfigPath { get; }

    /// <summary>The commits, oldest first.</summary>
    public List<string> Shas { get; } = [];

    private static IEnumerable<string> Linear(GitTestRepository repository, IReadOnlyList<(string Subject, string Source)> versions)
    {
        var first = true;
        foreach (var (subject, source) in versions)
        {
            var files = new Dictionary<string, string> { ["prog.c"] = source };
            if (first)
            {
                files["Makefile"] = Makefile;
                first = false;
            }

            yield return repository.Commit(subject, files).Sha;
        }
    }

    public void Dispose()
    {
        File.Delete(ConfigPath);
        _repository.Dispose();
    }
}
