namespace Bisector.Core.Findings;

/// <summary>A comparison over layouts stopped: <paramref name="Sha"/>'s layout did not link (<paramref name="Built"/> false) or its benchmark failed.</summary>
public sealed record LayoutsFailed(int Layout, string Sha, bool Built, string? Error) : Finding;
