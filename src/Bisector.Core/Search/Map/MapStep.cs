namespace Bisector.Core.Search.Map;

/// <summary>One commit that moved the level by at least the threshold against its parent, and what is left of it at the tip.</summary>
/// <param name="Index">The commit's place in the line (its parent is the one before).</param>
/// <param name="Shift">Its shift against its parent.</param>
/// <param name="Remains">True when some of it is left at the tip; false when a later step undid it, or when it undid an earlier one.</param>
/// <param name="UndoneBy">The index of the later step that undid it, fully or in part; null when none did.</param>
/// <param name="Undoes">The index of the earlier step it undid, fully or in part; null when it undid none.</param>
/// <param name="RemainingPercent">What is left of it at the tip (its own shift, less what a later step undid); 0 when nothing is.</param>
/// <param name="SharePercent">Its remaining part as a share of the endpoints' change; 0 when nothing is left.</param>
public sealed record MapStep(int Index, LevelShift Shift, bool Remains, int? UndoneBy, int? Undoes, double RemainingPercent, double SharePercent)
{
    public bool IsRise => Shift.Percent > 0;
}
