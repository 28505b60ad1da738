namespace Bisector.Core.Progress;

/// <summary>Both revisions are relinked in <paramref name="Layouts"/> code layouts and measured in rounds pairing the same layout.</summary>
/// <param name="Automatic">Not asked for (no --layouts): the endpoints' time and instruction findings disagreed.</param>
public sealed record MeasuringLayouts(int Layouts, bool Automatic = false) : SessionPhase;
