using Bisector.Core.Domain;

namespace Bisector.Core.Progress;

/// <summary>Both sides of a time verdict are counted in instructions: more work, or only layout?</summary>
public sealed record CountingInstructions(string Metric, CommitInfo Candidate, CommitInfo Baseline) : SessionPhase;
