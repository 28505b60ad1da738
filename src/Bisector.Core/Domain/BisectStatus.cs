namespace Bisector.Core.Domain;

public enum BisectStatus
{
    CulpritFound,
    NoRegression,
    Ambiguous,

    /// <summary>The noise hides changes of the threshold's size: the data cannot say whether bad is slower.</summary>
    Inconclusive,
    Interrupted,
}
