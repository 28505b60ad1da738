namespace Bisector.Core.Findings;

/// <summary>The search ended with several candidates: the ones before the first bad commit could not be built or measured conclusively.</summary>
public sealed record CulpritAmongCandidates(int Count) : Finding;
