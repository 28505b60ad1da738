using Bisector.Core.Domain;

namespace Bisector.Core.Reverting;

/// <summary>The change a revert is weighed against: its shift, the pair measured, and over how many code layouts (1: the default builds).</summary>
public sealed record ExplainedChange(double ShiftPercent, ResolvedRevision Before, ResolvedRevision After, int Layouts);
