namespace Bisector.Core.Findings;

/// <summary>A revision's samples have several modes; <paramref name="Cpus"/> are the CPUs they ran on (empty when not pinned).</summary>
public sealed record Multimodal(string Rev, int Samples, IReadOnlyList<double> Modes, IReadOnlyList<int> Cpus) : Finding;
