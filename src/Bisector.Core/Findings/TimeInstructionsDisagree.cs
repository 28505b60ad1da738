using Bisector.Core.Session;

namespace Bisector.Core.Findings;

/// <summary>Time and executed instructions tell different stories between the endpoints.</summary>
public sealed record TimeInstructionsDisagree(string GoodRev, string BadRev, TimeVsInstructions Both) : Finding;
