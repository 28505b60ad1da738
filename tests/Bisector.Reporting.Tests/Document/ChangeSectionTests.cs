using Bisector.Core.Session;
using Bisector.Core.Statistics;
using Bisector.Reporting.Document;

namespace Bisector.Reporting.Tests.Document;

/// <summary>The change between the endpoints in one line: its evidence is a p-value, or, for counts that repeat exactly, that they do.</summary>
public sealed class ChangeSectionTests
{
    [Fact]
    public void Noisy_samples_give_their_p_value()
    {
        var line = ChangeSection.Of(SampleResults.CulpritFound())!.Line;

        Assert.Equal("v1.0 5.610 -> main 8.490 ns/addition (+51.2 %, p 0.0002)", line);
    }

    [Fact]
    public void Counts_that_repeat_exactly_say_so_instead_of_a_three_round_p_value()
    {
        double[] good = [6_050_422, 6_050_422, 6_050_422];
        double[] bad = [7_201_470, 7_201_470, 7_201_470];
        var result = SampleResults.CulpritFound() with
        {
            Change = new ChangeSummary(6_050_422, 7_201_470, 19.0, 19.0, 19.0, 0.125),
            Endpoints = new EndpointNoise(Summary.Of(good), Summary.Of(bad), 5),
        };

        var line = ChangeSection.Of(result)!.Line;

        Assert.EndsWith("(+19.0 %, every count repeats exactly)", line, StringComparison.Ordinal);
        Assert.DoesNotContain("0.125", line, StringComparison.Ordinal);
    }
}
