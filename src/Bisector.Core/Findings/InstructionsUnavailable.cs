namespace Bisector.Core.Findings;

/// <summary>The verdict rests on time only: there is no instruction counter here, for <paramref name="Reason"/>.</summary>
public sealed record InstructionsUnavailable(string Reason) : Finding;
