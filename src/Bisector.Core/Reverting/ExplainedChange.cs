using Bisector.Core.Domain;

namespace Bisector.Core.Reverting;

/// <summary>
/// The change a revert is weighed against: its shift, the pair measured, over how many code layouts (1: the default
/// builds), and which way its instructions moved where they were counted (<see cref="Statistics.Layouts.LayoutComparison.Compare"/>).
/// </summary>
public sealed record ExplainedChange(double ShiftPercent, ResolvedRevision Before, ResolvedRevision After, int Layouts, int? WorkDirection = null);
