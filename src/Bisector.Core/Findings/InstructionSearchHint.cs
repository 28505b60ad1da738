namespace Bisector.Core.Findings;

/// <summary>Time saw no change but the instructions rose: <paramref name="Command"/> finds the commit that added them.</summary>
public sealed record InstructionSearchHint(string Command) : Finding;
