namespace Bisector.Core.Statistics;

/// <summary>A tested commit measured back to back with good and bad, in a rotating order.</summary>
public sealed record BracketedRound(double Good, double Candidate, double Bad);
