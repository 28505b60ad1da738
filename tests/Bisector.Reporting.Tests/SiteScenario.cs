using Bisector.Core.Explain.Sites;
using Bisector.Core.Session;

namespace Bisector.Reporting.Tests;

/// <summary>
/// The sample's culprit explained site by site: EVAL_BREAKER_SET now calls threadstate_get(), so each of the six
/// dispatch sites in eval_code gains the call and its test, and threadstate_get's own lines are new.
/// </summary>
internal static class SiteScenario
{
    private const long Loops = 2_000_000;

    public static IReadOnlyList<SiteSummary> Sites { get; } =
    [
        new SiteSummary("eval_code", "ceval.c", 188, "EVAL_BREAKER_SET", 6, 0, 6, 12, 0, 12 * Loops, 24 * Loops, ["call threadstate_get", "test R,R"], []),
        new SiteSummary("eval_code", "ceval.c", 214, null, 1, 0, 1, 1, 1, 2 * Loops, 3 * Loops, ["mov R,QWORD PTR [R+N]"], ["lea R,[R+N]"]),
        new SiteSummary("threadstate_get", "pystate.c", 102, null, 1, 0, 1, 3, 0, 0, 2 * Loops, ["push R", "mov R,R", "mov R,QWORD PTR [rip+N]"], []),
    ];

    /// <summary><c>profile aaaa</c> with the site-by-site comparison of its machine code.</summary>
    public static BisectResult Profiled()
    {
        var profiled = SampleResults.Profiled();
        return profiled with { Explanation = profiled.Explanation! with { Sites = Sites } };
    }
}
