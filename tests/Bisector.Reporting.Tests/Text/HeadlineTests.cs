using Bisector.Core.Domain;
using Bisector.Core.Findings;
using Bisector.Core.Session;
using Xunit;

namespace Bisector.Reporting.Tests.Text;

/// <summary>The report's first line for a run that confirmed a commit's change and then found it was only where the code landed.</summary>
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
}
