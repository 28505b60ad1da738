namespace Bisector.Core.Findings;

/// <summary>A work step's counts vary by <paramref name="SpreadPercent"/> from run to run, too much to place it.</summary>
public sealed record CountsVary(double SpreadPercent) : Finding;
