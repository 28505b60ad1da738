namespace Bisector.Bench;

/// <summary>One simulated history: length, culprit (or none), effect, noise, and how the machine drifts.</summary>
internal sealed record Scenario(int Length, int? Culprit, double Effect, NoiseModel Noise, DriftKind Drift = DriftKind.None)
{
    /// <summary>The benchmark's value for commit <paramref name="index"/> (0 is good, Length-1 is bad).</summary>
    public double Measure(int index, Random random, DriftModel drift) =>
        100 * (1 + (Culprit is { } c && index >= c ? Effect : 0)) * Noise.Sample(random) * drift.Next(index);

    /// <summary>Executed instructions of commit <paramref name="index"/>: exact, and moved only by the real change (never by layout or load).</summary>
    public double Instructions(int index) => 1_000_000 * (1 + (Culprit is { } c && index >= c ? Effect : 0));

    /// <summary>A fresh drift for one strategy's run: each strategy meets the same kind of machine.</summary>
    public DriftModel NewDrift(int seed) => new(Drift, seed);
}
