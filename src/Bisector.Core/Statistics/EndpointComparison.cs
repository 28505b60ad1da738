namespace Bisector.Core.Statistics;

public enum EndpointOutcome
{
    /// <summary>Bad is slower than good by more than the threshold, with confidence.</summary>
    Regression,

    /// <summary>Bad is not slower than good by more than the threshold, with confidence.</summary>
    NoRegression,

    /// <summary>Bad is faster than good by more than the threshold, with confidence: the endpoints may be swapped.</summary>
    Faster,

    /// <summary>The samples cannot tell yet: measure more (or, at the cap, the noise hides the threshold).</summary>
    Unsure,
}

/// <param name="Rounds">How many paired rounds the comparison rests on.</param>
public sealed record EndpointComparison(EndpointOutcome Outcome, ChangeSummary Change, int Rounds);
