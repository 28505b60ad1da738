using Bisector.Core.Domain;

namespace Bisector.Core.Findings;

/// <summary>Layouts were asked for, but this executor's builder cannot relink a build in another layout.</summary>
public sealed record LayoutsUnavailable(ExecutorKind Executor) : Finding;
