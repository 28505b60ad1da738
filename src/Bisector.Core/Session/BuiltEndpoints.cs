using Bisector.Core.Abstractions;
using Bisector.Core.Domain;

namespace Bisector.Core.Session;

/// <summary>A search's good and bad commits with their builds: what every tested commit is measured between.</summary>
internal sealed record BuiltEndpoints(CommitInfo Good, BuildOutcome GoodBuild, CommitInfo Bad, BuildOutcome BadBuild);
