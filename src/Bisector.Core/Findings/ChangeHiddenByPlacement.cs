namespace Bisector.Core.Findings;

/// <summary>
/// The endpoints' default builds showed no change of the threshold's size, but over <paramref name="Layouts"/> code
/// layouts the code's shift is <paramref name="ShiftPercent"/> (95 % interval <paramref name="LowPercent"/> to
/// <paramref name="HighPercent"/>) in the direction bisected: where the code landed hid a change in what it does.
/// <paramref name="DefaultShiftPercent"/> is what the endpoint check measured on the default builds.
/// </summary>
public sealed record ChangeHiddenByPlacement(string GoodRev, string BadRev, int Layouts, double ShiftPercent, double LowPercent, double HighPercent, double DefaultShiftPercent) : Finding;
