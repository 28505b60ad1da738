namespace Bisector.Execution.Machine;

/// <summary>The one line a run prints, once, when it meets a machine problem (load, perf permissions): where to look.</summary>
public static class MachinePointer
{
    public const string Line = "`bisector machine` measures this machine (CPU speeds, load, perf, governor) and says how to make it quieter";

    private static int s_said;

    /// <summary>True the first time in this process, false after: the caller prints <see cref="Line"/> when true.</summary>
    public static bool First() => Interlocked.Exchange(ref s_said, 1) == 0;
}
