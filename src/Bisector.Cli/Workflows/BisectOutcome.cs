using Bisector.Core.Session;

namespace Bisector.Cli.Workflows;

/// <summary>One bisection's result, and the steps of its map explained each against its parent (<see cref="StepExplaining"/>), oldest first.</summary>
internal sealed record BisectOutcome(BisectResult Result, IReadOnlyList<BisectResult> ExplainedSteps);
