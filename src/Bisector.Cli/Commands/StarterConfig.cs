using System.Text.Json;

namespace Bisector.Cli.Commands;

/// <summary>The config <c>bisector config init</c> writes: a make-based C project, every field explained where it is.</summary>
internal static class StarterConfig
{
    public static string Render(string name, string schemaPath) => Template
        .Replace("\"NAME\"", JsonSerializer.Serialize(name), StringComparison.Ordinal)
        .Replace("SCHEMA", schemaPath, StringComparison.Ordinal);

    private const string Template = """
        {
          // A starter config for a make-based C project. Edit the build command, the artifacts and the benchmark
          // command, then check it with `bisector config check FILE`. Every field: the README's "The config format".
          // Editors complete and check fields with the schema: add "$schema": "SCHEMA"
          "name": "NAME",
          "description": "NAME built with -O2, debug info and frame pointers",
          // Paths that identify the repositories this config fits (used when the config sits in bisect-configs/).
          "detect": ["Makefile"],
          "build": {
            // The flags go on make's command line, not in "env": a makefile that assigns CFLAGS itself
            // (CFLAGS = -O2 -Wall ...) ignores CFLAGS from the environment, while a command-line assignment
            // overrides the makefile's. It replaces the makefile's whole value, so copy in the -D and -I flags the
            // makefile puts there, or use the makefile's own hook for extra flags when it has one (MYCFLAGS, OPT).
            // -g and -fno-omit-frame-pointer let perf attribute time to functions and their callers; keep the
            // optimisation level you ship. {cores} is the number of CPUs.
            "commands": ["make -j{cores} CFLAGS='-O2 -g -fno-omit-frame-pointer'"],
            "timeoutSeconds": 1800,
            // What the benchmark needs from the build: copied to a per-commit cache, {artifacts} in the command.
            "artifacts": ["myprogram"],
            // Run before a from-scratch build, which a change to the files in cleanWhenChanged forces.
            "clean": ["make clean"],
            "cleanWhenChanged": ["Makefile"]
          },
          "benchmarks": {
            "main": {
              // One run of the benchmark, as a shell command. {worktree} is the checkout of the commit.
              "command": "{artifacts}/myprogram --benchmark",
              // wall-time (the default), cpu-time, instructions (hardware counter), callgrind (valgrind's exact
              // instruction count, about 50x slower) or output (the last number the command prints).
              "metric": "wall-time",
              "unit": "s",
              "warmup": 1,
              "timeoutSeconds": 600
            }
          },
          "defaultBenchmark": "main",
          // A slowdown smaller than thresholdPercent is not a regression; alpha is each verdict's false-positive rate.
          "statistics": { "thresholdPercent": 5, "alpha": 0.001 }
        }

        """;
}
