using Bisector.Core.Statistics;

namespace Bisector.Cli.Hosting;

/// <summary>The values of --direction: what the search looks for.</summary>
internal static class Directions
{
    public static Choices<Direction> All { get; } = new(("slower", Direction.Slower), ("faster", Direction.Faster));
}
