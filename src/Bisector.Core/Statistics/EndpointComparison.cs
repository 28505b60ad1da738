namespace Bisector.Core.Statistics;

public enum EndpointOutcome
{
    /// <summary>Bad is slower than good by more than the threshold, with confidence.</summary>
    Regression,

    /// <summary>Bad is not slower than good by more than the threshold, with confidence.</summary>
    NoRegression,

    /// <summary>The samples cannot tell yet: measure more.</summary>
    Unsure,
}

public sealed record EndpointComparison(EndpointOutcome Outcome, ChangeSummary Change);
