namespace Bisector.Core.Findings;

/// <summary>Time's search was misled or the change is spread: <paramref name="Command"/> bisects by executed instructions.</summary>
public sealed record InstructionBisectHint(string Command) : Finding;
