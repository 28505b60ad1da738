namespace Bisector.Core.Statistics;

/// <summary>Which change is searched for: the commit that made the metric larger (slower), or smaller (faster).</summary>
public enum Direction
{
    Slower,
    Faster,
}
