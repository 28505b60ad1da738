using System.Diagnostics;
using System.Globalization;
using Bisector.Core.Abstractions;
using Bisector.Execution.Benchmarks;
using Bisector.Testing;

namespace Bisector.Execution.Tests.Benchmarks;

/// <summary>Load named by its source, with real processes burning a CPU: another program's, or one of Bisector's own.</summary>
public sealed class MachineLoadTests : IDisposable
{
    private readonly TempDirectory _work = new();

    public void Dispose() => _work.Dispose();

    [Fact]
    public void A_stat_line_whose_name_holds_spaces_and_parentheses_is_read_by_its_last_parenthesis()
    {
        var stat = ProcessTable.Parse("4242 (cc1 (x) y) R 4100 4242 4100 0 -1 4194304 3034 0 0 0 250 31 7 2 20 0 1 0 123456 50000000 5000 18446744073709551615");

        Assert.Equal(new ProcessStat(4242, 4100, "cc1 (x) y", 250 + 31 + 7 + 2, 250 + 31), stat);
        Assert.Null(ProcessTable.Parse("garbage"));
    }

    [Fact]
    public void The_table_of_this_machine_holds_this_process_below_its_parent()
    {
        var table = ProcessTable.Read();

        var self = table[Environment.ProcessId];
        Assert.NotNull(self);
        Assert.Contains(Environment.ProcessId, table.TreeOf(self.ParentPid));
    }

    /// <summary>A copy of <c>yes</c> named cpuburner: a program that keeps one CPU busy under a name no other process has.</summary>
    private string Burner()
    {
        var path = _work.Combine("cpuburner");
        // A copy keeps yes's mode, executable.
        File.Copy("/usr/bin/yes", path);
        return path;
    }

    private static long Ticks(int pid) => ProcessTable.Read()[pid]?.OwnTicks ?? 0;

    /// <summary>The CPUs a "name (pid N, X CPUs)" figure says.</summary>
    private static double CpusOf(string named) =>
        double.Parse(named[(named.LastIndexOf(", ", StringComparison.Ordinal) + 2)..named.LastIndexOf(" CPUs", StringComparison.Ordinal)], CultureInfo.InvariantCulture);

    /// <summary>Samples 1.5 s of load while <paramref name="pid"/> burns; returns the conditions and the CPUs the burner itself used.</summary>
    private static async Task<(SampleConditions Conditions, double BurnerCpus)> SampleBesideAsync(int pid)
    {
        await Task.Delay(300);
        var before = Ticks(pid);
        var load = new MachineLoad();
        var watch = Stopwatch.StartNew();
        await Task.Delay(1500);
        var conditions = load.Finish(cpu: null);
        return (conditions, (Ticks(pid) - before) / 100.0 / watch.Elapsed.TotalSeconds);
    }

    [Fact(Timeout = 60_000)]
    public async Task Another_program_burning_a_CPU_is_named_as_the_busiest_other_process_or_one_busier_is()
    {
        var started = await new Bisector.Execution.Processes.ProcessRunner().RunAsync(
            $"setsid {Burner()} > /dev/null 2>&1 < /dev/null & echo $!", _work.Path, new Dictionary<string, string>(), TimeSpan.FromSeconds(20), null, CancellationToken.None);
        var pid = int.Parse(started.StandardOutput.Trim(), CultureInfo.InvariantCulture);
        try
        {
            var (conditions, burner) = await SampleBesideAsync(pid);

            Assert.True(burner > 0.1, $"the burner used {burner:0.00} CPUs");
            var named = Assert.IsType<string>(conditions.OtherBusiest);
            Assert.True(named.StartsWith($"cpuburner (pid {pid},", StringComparison.Ordinal) || CpusOf(named) >= burner - 0.1, $"named {named}; the burner used {burner:0.00} CPUs");
            Assert.DoesNotContain($"pid {pid},", conditions.OwnBusiest ?? "", StringComparison.Ordinal);
        }
        finally
        {
            Process.GetProcessById(pid).Kill();
        }
    }

    [Fact(Timeout = 60_000)]
    public async Task A_process_Bisector_runs_beside_the_benchmark_counts_as_its_own_work_and_not_as_other_processes()
    {
        using var burner = Process.Start("bash", ["-c", $"exec {Burner()} > /dev/null"]);
        try
        {
            var (conditions, cpus) = await SampleBesideAsync(burner.Id);

            Assert.True(cpus > 0.1, $"the burner used {cpus:0.00} CPUs");
            Assert.True(conditions.OwnCpus >= cpus - 0.1, $"own work {conditions.OwnCpus} CPUs; the burner used {cpus:0.00} CPUs");
            var named = Assert.IsType<string>(conditions.OwnBusiest);
            Assert.True(named.StartsWith($"cpuburner (pid {burner.Id},", StringComparison.Ordinal) || CpusOf(named) >= cpus - 0.1, $"named {named}; the burner used {cpus:0.00} CPUs");
            Assert.DoesNotContain($"pid {burner.Id},", conditions.OtherBusiest ?? "", StringComparison.Ordinal);
            Assert.Contains("Bisector's own work used", BusySource.Describe(conditions with { OwnCpus = 0.9 }), StringComparison.Ordinal);
        }
        finally
        {
            burner.Kill();
        }
    }
}
