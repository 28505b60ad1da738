namespace Bisector.Core.Statistics;

/// <summary>How sure the verdicts must be, and how many samples they may spend.</summary>
/// <param name="ThresholdPercent">The smallest slowdown between good and bad worth bisecting, in percent of good.</param>
/// <param name="Alpha">False-positive rate allowed for one look at one test.</param>
/// <param name="SampleSchedule">Rounds (good, candidate, bad back to back) at which a commit's verdict is looked at;
/// unknown after the last is unknown for good. A look the test cannot pass at that size is skipped.</param>
/// <param name="ReferenceSchedule">Paired rounds at which two revisions (the endpoints, or culprit and parent) are compared.</param>
public sealed record StatisticsOptions(
    double ThresholdPercent,
    double Alpha,
    IReadOnlyList<int> SampleSchedule,
    IReadOnlyList<int> ReferenceSchedule)
{
    public static StatisticsOptions Default { get; } = new(
        ThresholdPercent: 5,
        Alpha: 0.001,
        SampleSchedule: [3, 4, 5, 6, 8, 10, 13, 16, 20, 25, 32, 40],
        ReferenceSchedule: [10, 13, 16, 20, 25, 32, 40]);

    /// <summary>
    /// The false verdict rate a search step may decide at, when it is looser than <see cref="Alpha"/>: a wrong step shows
    /// in the re-check of the commit the search ends on, and is repaired there (measured again at <see cref="Alpha"/>).
    /// The endpoints, the re-check and every repair keep <see cref="Alpha"/>. At 0.01 the noise bench's steady machine
    /// spends 3.46 samples per tested commit instead of 4.35 at 0.001, as often right and never wrong (docs/noise.md).
    /// </summary>
    public double StepAlpha { get; init; } = 0.01;

    /// <summary>What a search step decides at: the looser of <see cref="Alpha"/> and <see cref="StepAlpha"/>.</summary>
    public StatisticsOptions ForSteps() => this with { Alpha = Math.Max(Alpha, StepAlpha) };

    /// <summary>Slower bisects a regression; faster the commit that made things faster.</summary>
    public Direction Direction { get; init; } = Direction.Slower;

    /// <summary>
    /// A metric whose every value of a revision lies within this many percent of the others (callgrind's counts repeat to
    /// about 0.001 %) is decided from its values after <see cref="RepeatableRounds"/> rounds: more rounds would measure
    /// the same numbers again.
    /// </summary>
    public double RepeatablePercent { get; init; } = 0.01;

    /// <summary>Rounds that show a metric is repeatable: the first look of every comparison.</summary>
    public int RepeatableRounds { get; init; } = 3;

    public int MaxSamples => SampleSchedule[^1];

    public StatisticsOptions WithMaxSamples(int maxSamples)
    {
        var schedule = SampleSchedule.Where(n => n < maxSamples).Append(maxSamples).ToArray();
        var references = ReferenceSchedule.Where(n => n < maxSamples).Append(Math.Max(maxSamples, ReferenceSchedule[0])).Distinct().ToArray();
        return this with { SampleSchedule = schedule, ReferenceSchedule = references };
    }
}
