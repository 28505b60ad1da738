namespace Bisector.Execution.Tests.Profiling;

/// <summary>Tool output captured from real runs of minivm (paths of the build rewritten to /build/minivm).</summary>
internal static class CapturedOutput
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Profiling", "Data", name));
}
