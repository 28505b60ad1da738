using Bisector.Core.Domain;

namespace Bisector.Core.Findings;

/// <summary>Counting the instructions of <paramref name="Commit"/> failed with <paramref name="Error"/>.</summary>
public sealed record InstructionCountFailed(CommitInfo Commit, string Error) : Finding;
