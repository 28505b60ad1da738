namespace Bisector.Execution.Benchmarks;

/// <summary>Which machine measured: host name, CPU model and count. Histories of different machines are never mixed.</summary>
public static class MachineFingerprint
{
    public static string OfThisMachine() => $"{Environment.MachineName}/{RunEnvironmentProbe.CpuModel()}/{Environment.ProcessorCount} CPUs";
}
