namespace Bisector.Core.Progress;

/// <summary>Good and bad are measured in paired rounds, back to back, to confirm the change before any search.</summary>
public sealed record ConfirmingChange : SessionPhase;
