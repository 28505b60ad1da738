namespace Bisector.Core.Explain;

/// <summary>One symbol in the culprit and in its parent.</summary>
/// <param name="ParentShare">Its share of the parent's time samples (0..1); null without a time profile.</param>
/// <param name="CulpritShare">Its share of the culprit's time samples (0..1).</param>
/// <param name="ParentInstructions">Instructions it executed in the parent's run; null without callgrind.</param>
/// <param name="CulpritInstructions">Instructions it executed in the culprit's run.</param>
/// <param name="ContributionPercent">
/// How much of the parent's total this symbol's change adds (+) or removes (-), in percent: in time when a time
/// profile exists (shares scaled by the measured time ratio), else in instructions. The symbols' contributions sum to
/// the whole change.
/// </param>
public sealed record SymbolChange(
    string Symbol,
    string Object,
    double? ParentShare,
    double? CulpritShare,
    double? ParentInstructions,
    double? CulpritInstructions,
    double ContributionPercent)
{
    /// <summary>The symbol's own change in instructions, in percent of its parent count; null when either is missing or zero.</summary>
    public double? InstructionChangePercent =>
        ParentInstructions is > 0 && CulpritInstructions is { } after ? (after / ParentInstructions.Value - 1) * 100 : null;
}
