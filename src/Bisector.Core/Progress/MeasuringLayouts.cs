namespace Bisector.Core.Progress;

/// <summary>Both revisions are relinked in <paramref name="Layouts"/> code layouts and measured in rounds pairing the same layout.</summary>
public sealed record MeasuringLayouts(int Layouts) : SessionPhase;
