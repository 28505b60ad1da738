namespace Bisector.Core.Search.Map;

/// <summary>What a step is and how hard to look inside segments whose ends agree.</summary>
/// <param name="ThresholdPercent">The smallest shift of one commit worth naming; also how near two cancelling steps' sum must come to zero.</param>
/// <param name="Probes">Commits measured inside each segment whose ends agree; null for about log2 of its length, 0 to trust agreeing ends.</param>
public sealed record StepMapOptions(double ThresholdPercent, int? Probes = null)
{
    /// <summary>
    /// How many commits to probe inside a segment of <paramref name="length"/> commits whose ends agree: one less than
    /// log2 of the length rounded up (5 in 33 to 64 commits): closer together than a move held for a quarter of a long
    /// segment. A move held for fewer commits than the probes' spacing can go unseen; more probes cost more builds.
    /// </summary>
    public int ProbesFor(int length)
    {
        var wanted = Probes ?? Math.Max(0, (int)Math.Ceiling(Math.Log2(Math.Max(length, 1))) - 1);
        return Math.Clamp(wanted, 0, Math.Max(0, length - 1));
    }
}
