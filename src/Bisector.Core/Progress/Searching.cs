namespace Bisector.Core.Progress;

/// <summary>The endpoints' change is confirmed: the search of <paramref name="Commits"/> commits starts.</summary>
public sealed record Searching(double ShiftPercent, int Commits, int Steps) : SessionPhase;
