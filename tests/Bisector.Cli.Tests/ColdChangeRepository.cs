namespace Bisector.Cli.Tests;

/// <summary>
/// A small C program in a real git repository: one commit grows a function the benchmark never calls, which moves the
/// hot loop that follows it in the binary to another offset in its cache line. Its instructions do not change.
/// </summary>
internal sealed class ColdChangeRepository : IDisposable
{
    private const string Program = """
        #include <stdio.h>
        #include <stdlib.h>

        /* Only runs when a second argument asks for it. */
        __attribute__((noinline)) long cold_path(long x)
        {
            return x * 7 + 1;
        }

        __attribute__((noinline)) long hot_loop(long n)
        {
            unsigned long s = 0;
            for (long i = 0; i < n; i++) {
                s = s * 31 + (unsigned long)i;
                s ^= s >> 7;
            }
            return (long)s;
        }

        int main(int argc, char **argv)
        {
            long n = argc > 1 ? atol(argv[1]) : 1000000;
            if (argc > 2) {
                printf("%ld\n", cold_path(n));
            }
            printf("%ld\n", hot_loop(n));
            return 0;
        }

        """;

    private const string GrownColdPath = """
            long r = x * 7 + 1;
            for (int i = 0; i < 3; i++) {
                r = r * 13 + i;
                if (r > 1000000) {
                    r -= 999;
                }
            }
            fprintf(stderr, "cold path: %ld\n", r);
            return r;
        """;

    private readonly CProgramRepository _repository;

    public ColdChangeRepository()
    {
        var grown = Program.Replace("    return x * 7 + 1;\n", GrownColdPath, StringComparison.Ordinal);
        _repository = new CProgramRepository([("hot: a loop to benchmark", Program), ("cold_path: say what it computed", grown)], "20000000", "200000");
    }

    public string Path => _repository.Path;

    public string ConfigPath => _repository.ConfigPath;

    /// <summary>The program before the change.</summary>
    public string Before => _repository.Shas[0];

    /// <summary>The commit that changes only cold_path.</summary>
    public string After => _repository.Shas[1];

    public void Dispose() => _repository.Dispose();
}
