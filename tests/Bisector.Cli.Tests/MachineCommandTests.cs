using System.Globalization;
using System.Text.Json;

namespace Bisector.Cli.Tests;

/// <summary><c>bisector machine</c> on the real binary, against what /proc says about this machine.</summary>
public sealed class MachineCommandTests
{
    [Fact(Timeout = 120_000)]
    public async Task Names_each_allowed_cpu_with_a_speed_and_perf_event_paranoid_as_the_file_says()
    {
        var (exitCode, output, error) = await CliProcess.RunAsync("machine");

        Assert.True(exitCode == 0, error);
        foreach (var cpu in AllowedCpus())
        {
            Assert.Matches($@"(?m)^   CPU {cpu}: [0-9]+\.[0-9] ms$", output);
        }

        var paranoid = File.ReadAllText("/proc/sys/kernel/perf_event_paranoid").Trim();
        Assert.Contains($"kernel.perf_event_paranoid = {paranoid}", output, StringComparison.Ordinal);
        Assert.Contains("Bisector pins to: ", output, StringComparison.Ordinal);
    }

    [Fact(Timeout = 120_000)]
    public async Task Json_parses_with_one_entry_per_allowed_cpu()
    {
        var (exitCode, output, error) = await CliProcess.RunAsync("machine", "--json");

        Assert.True(exitCode == 0, error);
        using var document = JsonDocument.Parse(output);
        var cpus = document.RootElement.GetProperty("cpus").EnumerateArray().ToArray();
        Assert.Equal(AllowedCpus(), cpus.Select(c => c.GetProperty("cpu").GetInt32()).Order().ToArray());
        Assert.All(cpus, c => Assert.True(c.GetProperty("milliseconds").GetDouble() > 0));
        Assert.Equal(File.ReadAllText("/proc/sys/kernel/perf_event_paranoid").Trim(), document.RootElement.GetProperty("perf").GetProperty("paranoid").GetString());
    }

    /// <summary>Cpus_allowed_list of this process, e.g. "0-1" or "0,2-3", read here independently of Bisector's reader.</summary>
    private static int[] AllowedCpus()
    {
        var list = File.ReadLines("/proc/self/status").First(l => l.StartsWith("Cpus_allowed_list:", StringComparison.Ordinal)).Split(':')[1].Trim();
        return list.Split(',')
            .SelectMany(part => part.Split('-') is [var from, var to]
                ? Enumerable.Range(int.Parse(from, CultureInfo.InvariantCulture), int.Parse(to, CultureInfo.InvariantCulture) - int.Parse(from, CultureInfo.InvariantCulture) + 1)
                : [int.Parse(part, CultureInfo.InvariantCulture)])
            .Order()
            .ToArray();
    }
}
