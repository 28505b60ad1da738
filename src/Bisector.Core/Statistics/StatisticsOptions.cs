namespace Bisector.Core.Statistics;

/// <summary>How sure the verdicts must be, and how many samples they may spend.</summary>
/// <param name="ThresholdPercent">The smallest slowdown between good and bad worth bisecting, in percent of good.</param>
/// <param name="Alpha">False-positive rate allowed for one look at one test.</param>
/// <param name="SampleSchedule">Sample counts at which a commit's verdict is looked at; unknown after the last is unknown for good.</param>
/// <param name="ReferenceSchedule">Sample counts at which good and bad are compared before the search.</param>
public sealed record StatisticsOptions(
    double ThresholdPercent,
    double Alpha,
    IReadOnlyList<int> SampleSchedule,
    IReadOnlyList<int> ReferenceSchedule)
{
    public static StatisticsOptions Default { get; } = new(
        ThresholdPercent: 5,
        Alpha: 0.001,
        SampleSchedule: [5, 10, 20, 40],
        ReferenceSchedule: [10, 20, 40]);

    public int MaxSamples => SampleSchedule[^1];

    public StatisticsOptions WithMaxSamples(int maxSamples)
    {
        var schedule = SampleSchedule.Where(n => n < maxSamples).Append(maxSamples).ToArray();
        return this with { SampleSchedule = schedule };
    }
}
