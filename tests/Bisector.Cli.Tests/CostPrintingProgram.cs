namespace Bisector.Cli.Tests;

/// <summary>
/// A C program that prints its own cost with a fixed spread of 0.1 % (a sum of twelve uniforms, seeded by time and
/// pid), for an "output" metric whose verdicts do not depend on the machine's load.
/// </summary>
internal static class CostPrintingProgram
{
    /// <param name="level">A C expression for the level printed (a number, or a call of a function <paramref name="prelude"/> defines).</param>
    /// <param name="prelude">C code before main.</param>
    public static string Source(string level, string prelude = "") => $$"""
        #include <stdio.h>
        #include <stdlib.h>
        #include <time.h>
        #include <unistd.h>
        {{prelude}}
        int main(void)
        {
            struct timespec now;
            clock_gettime(CLOCK_REALTIME, &now);
            srand((unsigned)now.tv_nsec ^ (unsigned)getpid());
            double u = -6;
            for (int i = 0; i < 12; i++) {
                u += rand() / (double)RAND_MAX;
            }
            printf("%.4f\n", {{level}} * (1 + 0.001 * u));
            return 0;
        }

        """;
}
