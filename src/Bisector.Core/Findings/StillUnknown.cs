namespace Bisector.Core.Findings;

/// <summary>A step's verdict stayed unknown after <paramref name="Rounds"/> rounds: the search treats it as skipped.</summary>
public sealed record StillUnknown(int Rounds) : Finding;
