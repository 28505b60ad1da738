namespace Bisector.Core.Domain;

public enum BisectStatus
{
    CulpritFound,
    NoRegression,
    Ambiguous,
    Interrupted,
}
