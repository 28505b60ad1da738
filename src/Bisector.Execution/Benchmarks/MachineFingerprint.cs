namespace Bisector.Execution.Benchmarks;

/// <summary>Which machine measured: host name, CPU model and count. Histories of different machines are never mixed.</summary>
public static class MachineFingerprint
{
    public static string OfThisMachine()
    {
        var model = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        return $"{Environment.MachineName}/{model ?? "unknown CPU"}/{Environment.ProcessorCount} CPUs";
    }
}
