using Bisector.Core.Domain;

namespace Bisector.Core.Statistics;

/// <summary>
/// A commit's verdict and the evidence for it: the p-values of "slower than good" and "faster than bad" (of "nearer
/// bad" and "nearer good" when it was like neither), and its shift against good in percent.
/// </summary>
public sealed record Classification(Verdict Verdict, double PBad, double PGood, double ShiftPercent)
{
    /// <summary>Bad's shift against good in the rounds that measured this commit: the level it was told apart from.</summary>
    public double? BadShiftPercent { get; init; }
}
