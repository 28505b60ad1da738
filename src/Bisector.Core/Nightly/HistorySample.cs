using Bisector.Core.Abstractions;

namespace Bisector.Core.Nightly;

/// <summary>One sample of a commit in a history: the round it was taken in (samples of one round ran back to back), its value and the machine's load.</summary>
public sealed record HistorySample(string Sha, string Round, double Value, SampleConditions? Conditions);
