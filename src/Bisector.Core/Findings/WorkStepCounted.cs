using Bisector.Core.Session;

namespace Bisector.Core.Findings;

/// <summary>One commit of the work search counted: its <paramref name="Number"/> in the search's order.</summary>
public sealed record WorkStepCounted(int Number, WorkStep Step) : Finding;
