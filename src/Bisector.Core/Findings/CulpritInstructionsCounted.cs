using Bisector.Core.Session;

namespace Bisector.Core.Findings;

/// <summary>The culprit and its parent counted in instructions: whether the change in time is more work.</summary>
public sealed record CulpritInstructionsCounted(InstructionEvidence Evidence) : Finding;
