namespace Bisector.Core.Findings;

/// <summary>Counting instructions failed, so the verdict rests on time alone.</summary>
public sealed record VerdictOnTimeAlone(InstructionCountFailed Failure) : Finding;
