namespace Bisector.Core.Domain;

public enum BisectStatus
{
    CulpritFound,
    NoRegression,
    Ambiguous,

    /// <summary>The noise hides changes of the threshold's size: the data cannot say whether bad is slower.</summary>
    Inconclusive,
    Interrupted,

    /// <summary><c>compare</c>: two revisions measured against each other, no search.</summary>
    Compared,

    /// <summary><c>profile</c>: a revision profiled against another, nothing measured for a verdict.</summary>
    Profiled,
}
