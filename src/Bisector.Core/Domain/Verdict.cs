namespace Bisector.Core.Domain;

public enum Verdict
{
    Good,
    Bad,
    Skip,
    Unknown,
}
