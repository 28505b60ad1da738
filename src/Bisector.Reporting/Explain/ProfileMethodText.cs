using Bisector.Core.Explain;

namespace Bisector.Reporting.Explain;

/// <summary>How a profile was taken, in words: "perf record -e cpu-clock, -g (frame pointers): 1204 samples over 5 runs".</summary>
public static class ProfileMethodText
{
    public static string Describe(ProfileMethod method) => method.Tool == "perf"
        ? $"perf record -e {method.Event}, {method.CallGraph}: {method.Total:0} samples over {ReportText.Count(method.Runs, "run")}"
        : $"{method.Tool} ({method.Event}): {method.Total:0} instructions over {ReportText.Count(method.Runs, "run")}";
}
