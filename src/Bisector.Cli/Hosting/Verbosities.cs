namespace Bisector.Cli.Hosting;

/// <summary>The values of --verbosity.</summary>
internal static class Verbosities
{
    public static Choices<Verbosity> All { get; } = new(
        ("quiet", Verbosity.Quiet), ("normal", Verbosity.Normal), ("detailed", Verbosity.Detailed), ("diagnostic", Verbosity.Diagnostic));
}
