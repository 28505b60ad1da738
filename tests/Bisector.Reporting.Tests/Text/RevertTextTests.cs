using Bisector.Core.Reverting;
using Bisector.Core.Session;
using Bisector.Core.Statistics;
using Bisector.Core.Statistics.Layouts;
using Bisector.Reporting.Json;
using Bisector.Reporting.Text;

namespace Bisector.Reporting.Tests.Text;

/// <summary>A revert check measured over code layouts reads, and is written to report.json, with the layouts' shift.</summary>
public sealed class RevertTextTests
{
    private static readonly RevertCheck s_default = new(
        SampleResults.Culprit.Sha, SampleResults.Bad.Sha, new string('7', 40), [], new ChangeSummary(8.49, 5.72, -32.6, -33.4, -31.9, 0.0002),
        51.2, RevertCheck.Recovered(-32.6, 51.2), NotBuilt: false);

    private static RevertCheck OverLayouts()
    {
        var verdict = new LayoutVerdict(8, -30.1, -31.5, -28.8, -32.6, new LayoutSpan(8.3, 8.7, 8.5), new LayoutSpan(5.8, 6.1, 5.9), LayoutFinding.Code);
        var evidence = new LayoutEvidence(new("main", SampleResults.Bad), new("7777777777", SampleResults.Bad with { Sha = new string('7', 40) }), "link-pad-16", verdict);
        return s_default with { OverLayouts = evidence, RecoveredSharePercent = RevertCheck.Recovered(-30.1, 51.2) };
    }

    [Fact]
    public void Over_layouts_the_recovered_shift_and_interval_are_the_layouts_and_say_how_many()
    {
        var text = RevertText.Check(OverLayouts(), "main");

        Assert.StartsWith($"Reverting `{SampleResults.Culprit.ShortSha}` on top of main (`{SampleResults.Bad.ShortSha}`) recovers -30.1 % of the +51.2 % over 8 code layouts (95 % -31.5 % to -28.8 %;", text, StringComparison.Ordinal);
        Assert.DoesNotContain("layouts", RevertText.Check(s_default, "main"), StringComparison.Ordinal);
    }

    [Fact]
    public void Report_json_gives_the_layouts_shift_and_their_count()
    {
        var json = RevertCheckJson.Of(SampleResults.CulpritFound() with { RevertCheck = OverLayouts() })!;
        var alone = RevertCheckJson.Of(SampleResults.CulpritFound() with { RevertCheck = s_default })!;

        Assert.Equal((-30.1, -31.5, -28.8, 8), (json.ShiftPercent, json.ShiftLowPercent, json.ShiftHighPercent, json.Layouts));
        Assert.Equal((-32.6, 1), (alone.ShiftPercent, alone.Layouts));
    }

    [Fact]
    public void Counted_instructions_close_the_interval_in_the_revert_line()
    {
        var text = RevertText.Check(OverLayouts() with { InstructionShiftPercent = -15.06 }, "main");

        Assert.EndsWith("over 8 code layouts (95 % -31.5 % to -28.8 %; 88.9 % of the change; instructions -15.1 %)", text, StringComparison.Ordinal);
    }
}
