using Bisector.Core.Session;

namespace Bisector.Core.Findings;

/// <summary>The work search's answer, as it ends.</summary>
public sealed record WorkSearched(WorkSearch Work) : Finding;
