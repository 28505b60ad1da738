using System.Runtime.InteropServices;

namespace Bisector.Execution.Processes;

/// <summary>Signals to a whole process group (children started under <c>setsid</c> lead their own group).</summary>
internal static partial class ProcessGroup
{
    public const int SigKill = 9;
    public const int SigTerm = 15;

    public static void Signal(int leaderPid, int signal)
    {
        if (leaderPid > 0)
        {
            _ = Kill(-leaderPid, signal);
        }
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int sig);
}
