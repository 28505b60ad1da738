using Bisector.Core.Session;
using Bisector.Core.Statistics.Layouts;

namespace Bisector.Reporting.Tests;

/// <summary>Fixed comparisons over code layouts, for the report snapshots.</summary>
internal static class SampleLayouts
{
    /// <summary>
    /// <c>compare v1.0 main --layouts 8</c> on a pair whose code is identical but moved: the default builds differ by
    /// +9.5 %, which vanishes over 8 layouts (-0.6 %), each side spanning about 10 % over its layouts.
    /// </summary>
    public static BisectResult ComparedOverLayouts()
    {
        var compared = SampleResults.Compared();
        var verdict = new LayoutVerdict(8, -0.6, -2.9, 1.8, 9.5, new LayoutSpan(5.42, 5.95, 5.63), new LayoutSpan(5.40, 5.96, 5.61), LayoutFinding.Placement);
        return compared with
        {
            Request = compared.Request with { Layouts = 8 },
            Layouts = [new LayoutEvidence(compared.Good!, compared.Bad!, "link-pad-16", verdict)],
        };
    }
}
