using Bisector.Simulation;
using Bisector.Core.Statistics;

namespace Bisector.Core.Tests.Statistics;

public sealed class ModalityTests
{
    [Fact]
    public void Samples_from_two_cpus_of_different_speed_have_two_modes_near_each_speed()
    {
        var random = new Random(1);
        var values = Enumerable.Range(0, 40).Select(i => (i % 5 < 2 ? 10.5 : 8.0) * (1 + (0.01 * Gaussian.Next(random)))).ToArray();

        var modes = Modality.Modes(values);

        Assert.Equal(2, modes.Count);
        Assert.InRange(modes[0], 7.8, 8.2);
        Assert.InRange(modes[1], 10.2, 10.8);
    }

    [Fact]
    public void Samples_from_one_distribution_have_one_mode()
    {
        var random = new Random(2);

        Assert.Single(Modality.Modes(Enumerable.Range(0, 40).Select(_ => 8 * (1 + (0.02 * Gaussian.Next(random)))).ToArray()));
    }
}
