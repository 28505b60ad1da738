namespace Bisector.Core.Machine;

/// <summary>One allowed CPU's time for the same short loop, pinned to it with taskset: the fastest of a few tries.</summary>
public sealed record CpuSpeed(int Cpu, double Milliseconds);
