namespace Bisector.Bench;

/// <summary>Multiplicative benchmark noise: normal, or normal with occasional large outliers.</summary>
internal sealed record NoiseModel(double RelativeSd, bool HeavyTailed)
{
    public double Sample(Random random)
    {
        var value = 1 + (RelativeSd * Simulation.Gaussian.Next(random));
        // One sample in twenty is hit by something else running: 5 to 10 standard deviations slower.
        if (HeavyTailed && random.NextDouble() < 0.05)
        {
            value += RelativeSd * (5 + (5 * random.NextDouble()));
        }

        return value;
    }

    public override string ToString() => $"{RelativeSd * 100:0.0}% {(HeavyTailed ? "heavy" : "normal")}";
}
