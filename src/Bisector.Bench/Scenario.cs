namespace Bisector.Bench;

/// <summary>One simulated history: length, culprit (or none), effect, noise.</summary>
internal sealed record Scenario(int Length, int? Culprit, double Effect, NoiseModel Noise)
{
    /// <summary>The benchmark's value for commit <paramref name="index"/> (0 is good, Length-1 is bad).</summary>
    public double Measure(int index, Random random) => 100 * (1 + (Culprit is { } c && index >= c ? Effect : 0)) * Noise.Sample(random);
}
