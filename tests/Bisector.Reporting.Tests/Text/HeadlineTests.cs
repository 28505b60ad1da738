using Bisector.Core.Domain;
using Bisector.Core.Findings;
using Bisector.Core.Session;
using Bisector.Core.Statistics.Layouts;
using Bisector.Reporting.Text;
using Xunit;

namespace Bisector.Reporting.Tests.Text;

/// <summary>The report's first line where code layouts changed what the default builds said.</summary>
public sealed class HeadlineTests
{
    [Fact]
    public void A_culprit_that_is_placement_is_named_as_such_and_not_blamed_on_noise()
    {
        var confirmed = SampleResults.CulpritFound();
        var placed = confirmed with
        {
            Status = BisectStatus.Inconclusive,
            Culprit = null,
            Notes = [.. confirmed.Notes, new CulpritIsPlacement(SampleResults.Culprit, 8)],
        };

        var headline = ReportText.Headline(placed);

        Assert.StartsWith("Inconclusive: main is slower than v1.0 (", headline, StringComparison.Ordinal);
        Assert.EndsWith("but the search's commit, aaaaaaaaaa, only moved where the code landed: its change vanishes over 8 code layouts", headline, StringComparison.Ordinal);
        Assert.StartsWith("Inconclusive: the noise hides", ReportText.Headline(confirmed with { Status = BisectStatus.Inconclusive, Culprit = null }), StringComparison.Ordinal);
    }

    [Fact]
    public void A_culprit_whose_shift_over_layouts_is_sure_but_not_of_the_threshold_is_not_said_to_vanish()
    {
        var confirmed = SampleResults.CulpritFound();
        var verdict = new LayoutVerdict(8, 5.6, 4.4, 6.9, 11.9, new LayoutSpan(95, 105, 100), new LayoutSpan(99, 112, 106), LayoutFinding.Placement) { WorkDirection = 0 };
        var note = new CulpritIsPlacement(SampleResults.Culprit, 8) { Verdict = verdict };
        var placed = confirmed with { Status = BisectStatus.Inconclusive, Culprit = null, Notes = [.. confirmed.Notes, note] };

        Assert.EndsWith("but the search's commit, aaaaaaaaaa, moved mostly where the code landed: over 8 code layouts its change, +5.6 %, is not surely the threshold", ReportText.Headline(placed), StringComparison.Ordinal);
        Assert.Equal(
            "aaaaaaaaaa is not named: against its parent it is +5.6% over 8 code layouts (95% interval +4.4% to +6.9%), not surely the threshold, where its default builds showed +11.9%: the rest is where the code landed.",
            LayoutText.Describe(note));
        Assert.DoesNotContain("vanishes", LayoutText.Describe(note), StringComparison.Ordinal);
    }

    [Fact]
    public void A_run_whose_default_builds_hid_a_change_says_its_size_over_layouts_and_without_a_work_culprit_to_count_instructions()
    {
        var hidden = SampleLayouts.RunHiddenByPlacement() with { Work = null };

        var headline = ReportText.Headline(hidden);

        Assert.StartsWith("Inconclusive: over 8 code layouts main is slower than v1.0 by +6.4 % (95 % +3.1 % to +9.8 %), but the default builds did not show it (+0.7 %)", headline, StringComparison.Ordinal);
        Assert.EndsWith("bisect with --metric callgrind to name the commit that changed the work", headline, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_builds_that_saw_the_same_change_without_confirming_it_are_not_said_to_be_placement()
    {
        var hidden = SampleLayouts.RunHiddenByPlacement();
        var note = hidden.Notes.OfType<ChangeHiddenByPlacement>().Single();
        var inside = hidden with { Notes = [.. hidden.Notes.Where(n => n is not ChangeHiddenByPlacement), note with { DefaultShiftPercent = 5.0 }] };

        Assert.Contains("did not show it (+0.7 %) because of where the code landed, so time", ReportText.Headline(hidden), StringComparison.Ordinal);
        Assert.Contains("did not show it (+0.7 %) surely enough on their own, so time", ReportText.Headline(inside), StringComparison.Ordinal);
    }

    [Fact]
    public void A_compare_whose_layouts_cannot_tell_does_not_say_the_code_left_the_time_alone()
    {
        var placement = SampleLayouts.ComparedOverLayouts();
        var compared = (PairCompared)placement.Notes[0];
        var wide = compared.OverLayouts! with { LowPercent = -4.0, HighPercent = 7.5 };
        var unsure = placement with { Notes = [compared with { OverLayouts = wide }] };

        Assert.StartsWith("Compared: main vs v1.0: the code did not move the time: -0.6 %", ReportText.Headline(placement), StringComparison.Ordinal);
        Assert.StartsWith("Compared: main vs v1.0: the layouts cannot tell whether the code moved the time by 5%: -0.6 %", ReportText.Headline(unsure), StringComparison.Ordinal);
        Assert.Contains("; the default builds' +9.5 % (95 % +7.9 % to +10.9 %) is where the code landed", ReportText.Headline(unsure), StringComparison.Ordinal);
    }

    [Fact]
    public void Placement_whose_shift_over_layouts_excludes_zero_does_not_say_the_code_left_the_time_alone()
    {
        // The sample's identical-code pair on a loaded machine: -6.4 % over the layouts (95 % -14.7 % to -0.2 %), the same
        // instructions, the default builds -15.4 %.
        var placement = SampleLayouts.ComparedOverLayouts();
        var compared = (PairCompared)placement.Notes[0];
        var loaded = compared.OverLayouts! with { ShiftPercent = -6.4, LowPercent = -14.7, HighPercent = -0.2, DefaultShiftPercent = -15.4, WorkDirection = 0 };
        var result = placement with { Notes = [compared with { OverLayouts = loaded }] };
        var evidence = new LayoutEvidence(new ResolvedRevision("v1.0", SampleResults.Good), new ResolvedRevision("main", SampleResults.Bad), "link-pad-16", loaded);

        var small = placement with { Notes = [compared with { OverLayouts = loaded with { ShiftPercent = -3.0, LowPercent = -6.0, HighPercent = -0.5 } }] };

        Assert.StartsWith("Compared: main vs v1.0: the layouts are not sure the code moved the time by 5%: -6.4 % over 8 code layouts", ReportText.Headline(result), StringComparison.Ordinal);
        Assert.StartsWith("Compared: main vs v1.0: the code did not move the time by 5%: -3.0 % over 8 code layouts", ReportText.Headline(small), StringComparison.Ordinal);
        Assert.Contains("the default builds' -15.4% is not borne out over 8 layouts (-6.4% (95% interval -14.7% to -0.2%)): where the code landed; over the layouts the code's part does not surely reach the threshold", LayoutText.Verdict(evidence), StringComparison.Ordinal);
    }

    [Fact]
    public void A_placement_change_the_same_way_as_the_code_is_on_top_and_the_other_way_without_hiding_it_partly_offsets_it()
    {
        var both = SampleLayouts.ComparedBoth();
        var compared = (PairCompared)both.Notes[0];
        var onTop = compared.OverLayouts! with { DefaultShiftPercent = 12.0 };
        var offset = compared.OverLayouts! with { DefaultShiftPercent = 2.0 };

        string Headline(Core.Statistics.Layouts.LayoutVerdict v) =>
            ReportText.Headline(both with { Notes = [compared with { OverLayouts = v, Outcome = Core.Statistics.EndpointOutcome.Regression }] });

        Assert.Contains("hidden by a -10.8 % placement change in the default builds, which did not show it: -4.9 %", ReportText.Headline(both), StringComparison.Ordinal);
        Assert.Contains("+6.2 % from the code over 8 code layouts (95 % +3.0 % to +9.1 %), with a +5.8 % placement change on top in the default builds: ", Headline(onTop), StringComparison.Ordinal);
        Assert.Contains("partly offset by a -4.2 % placement change in the default builds: ", Headline(offset), StringComparison.Ordinal);
    }
}
