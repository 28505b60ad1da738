namespace Bisector.Core.Statistics;

/// <summary>A baseline and a candidate measured back to back, in either order: whatever slowed the machine then slowed both.</summary>
public sealed record PairedRound(double Baseline, double Candidate);
