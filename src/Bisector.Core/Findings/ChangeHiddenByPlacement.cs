namespace Bisector.Core.Findings;

/// <summary>
/// The endpoints' default builds showed no change of the threshold's size, but over <paramref name="Layouts"/> code
/// layouts the code's shift is <paramref name="ShiftPercent"/> (95 % interval <paramref name="LowPercent"/> to
/// <paramref name="HighPercent"/>) in the direction bisected. <paramref name="DefaultShiftPercent"/> is what the default
/// builds measured: outside that interval, where the code landed hid a change in what it does (<see cref="Placed"/>);
/// inside it, the default builds saw the same change and their rounds alone could not confirm it.
/// </summary>
public sealed record ChangeHiddenByPlacement(string GoodRev, string BadRev, int Layouts, double ShiftPercent, double LowPercent, double HighPercent, double DefaultShiftPercent) : Finding
{
    /// <summary>
    /// Whether the default builds' shift lies short of the interval over layouts, on the side of no change (the shift
    /// over layouts is in the direction bisected): placement hid the change, not noise.
    /// </summary>
    public bool Placed => ShiftPercent >= 0 ? DefaultShiftPercent < LowPercent : DefaultShiftPercent > HighPercent;
}
