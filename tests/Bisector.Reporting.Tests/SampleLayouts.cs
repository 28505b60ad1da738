using Bisector.Core.Domain;
using Bisector.Core.Findings;
using Bisector.Core.Session;
using Bisector.Core.Statistics;
using Bisector.Core.Statistics.Layouts;

namespace Bisector.Reporting.Tests;

/// <summary>Fixed comparisons over code layouts, for the report snapshots: each side spans about 10 % over 8 layouts.</summary>
internal static class SampleLayouts
{
    private static readonly double[] s_goodValues = [5.61, 5.58, 5.66, 5.63, 5.60];

    private static readonly LayoutSpan s_goodSpan = new(5.42, 5.95, 5.63);

    private static readonly LayoutSpan s_badSpan = new(5.40, 5.96, 5.61);

    /// <summary>
    /// <c>compare v1.0 main --layouts 8</c> on a pair whose code is identical but moved: the default builds differ by
    /// +9.5 %, which vanishes over 8 layouts (-0.6 %); the instruction counts are the same.
    /// </summary>
    public static BisectResult ComparedOverLayouts() => Compared(
        new ChangeSummary(5.61, 6.14, 9.5, 7.9, 10.9, 0.0002),
        EndpointOutcome.Regression,
        new LayoutVerdict(8, -0.6, -2.9, 1.8, 9.5, s_goodSpan, s_badSpan, LayoutFinding.Placement),
        TimeInstructionFinding.TimeOnly,
        instructionPercent: 0);

    /// <summary>
    /// <c>compare v1.0 main --layouts 8</c> on a pair whose code adds 8.8 % instructions: the default builds show no change
    /// (+0.7 %), every other layout the code's cost (+6.4 % over 8 layouts).
    /// </summary>
    public static BisectResult ComparedHiddenByPlacement() => Compared(
        new ChangeSummary(5.61, 5.65, 0.7, -1.5, 2.9, 0.41),
        EndpointOutcome.NoRegression,
        new LayoutVerdict(8, 6.4, 3.1, 9.8, 0.6, s_goodSpan, s_badSpan with { Low = 5.75, High = 6.34, Median = 5.97 }, LayoutFinding.Code),
        TimeInstructionFinding.InstructionsOnly,
        instructionPercent: 8.8);

    /// <summary>
    /// <c>compare v1.0 main --layouts 8</c> where the code costs +6.2 % and the default build of main landed where it runs
    /// 10.8 % faster: the default builds say -4.9 %, the other way.
    /// </summary>
    public static BisectResult ComparedBoth() => Compared(
        new ChangeSummary(5.61, 5.34, -4.9, -6.8, -3.0, 0.001),
        EndpointOutcome.NoRegression,
        new LayoutVerdict(8, 6.2, 3.0, 9.1, -4.6, s_goodSpan, s_badSpan with { Low = 5.35, High = 6.33, Median = 5.96 }, LayoutFinding.Both),
        TimeInstructionFinding.Opposite,
        instructionPercent: 8.8);

    /// <summary>
    /// <c>run</c> whose default endpoint builds showed no change while over 8 layouts (taken unasked, since the instructions
    /// rose 8.8 % and time did not) main is 6.4 % slower: inconclusive, and the work search names the commit.
    /// </summary>
    public static BisectResult RunHiddenByPlacement()
    {
        var compared = ComparedHiddenByPlacement();
        var work = SampleResults.InconclusiveWithWork().Work!;
        var none = SampleResults.NoRegression();
        var v = compared.Layouts[0].Verdict;
        return none with
        {
            Status = BisectStatus.Inconclusive,
            Change = compared.Change,
            Endpoints = compared.Endpoints,
            TimeVsInstructions = compared.TimeVsInstructions,
            Layouts = compared.Layouts,
            Notes =
            [
                new NothingToBisect("v1.0", "main", Direction.Slower, 5, compared.Change!, 10),
                new ChangeHiddenByPlacement("v1.0", "main", v.Layouts, v.ShiftPercent, v.LowPercent, v.HighPercent, v.DefaultShiftPercent),
            ],
            Work = work with
            {
                Reason = new WorkAfterNoCulprit(BisectStatus.Inconclusive, null, "v1.0", "main", 8.8, Direction.Slower) { HiddenByPlacement = true },
            },
        };
    }

    private static BisectResult Compared(
        ChangeSummary change, EndpointOutcome outcome, LayoutVerdict verdict, TimeInstructionFinding both, double instructionPercent)
    {
        var compared = SampleResults.Compared();
        var bad = s_goodValues.Select(v => Math.Round(v * (1 + (change.ShiftPercent / 100)), 2)).ToArray();
        const double Good = 57_643_181;
        var counted = new InstructionEvidence("callgrind", [Good, Good], [Good * (1 + (instructionPercent / 100)), Good * (1 + (instructionPercent / 100))], instructionPercent, change.ShiftPercent);
        return compared with
        {
            Request = compared.Request with { Layouts = 8 },
            Change = change,
            Endpoints = new EndpointNoise(Summary.Of(s_goodValues), Summary.Of(bad), 6.25) { GoodModes = [5.61], BadModes = [Summary.Of(bad).Median] },
            TimeVsInstructions = new TimeVsInstructions(both, outcome, change.ShiftPercent, 6.25, counted),
            Explanation = null,
            Notes = [new PairCompared("v1.0", "main", outcome, Direction.Slower, 5, change, 10, 6.25) { OverLayouts = verdict }],
            Layouts = [new LayoutEvidence(compared.Good!, compared.Bad!, "link-pad-16", verdict)],
        };
    }
}
