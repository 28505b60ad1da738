using Bisector.Core.Domain;
namespace Bisector.Core.Session;

/// <summary>How the search ran: commits tested per round, the rounds it took, and the builds made ahead of need.</summary>
/// <param name="Workers">Commits tested in each round (1: a bisection; k: a multisection into k + 1 parts).</param>
/// <param name="Rounds">Rounds of the search (merge descents included), not counting the endpoints and the re-check.</param>
/// <param name="BuiltAhead">Builds started in the background while another commit was measured.</param>
/// <param name="BuiltAheadUsed">Of those, the ones the search then tested, finished in the background (one still building when
/// it was needed is built again in the foreground and does not count).</param>
public sealed record SearchShape(int Workers, int Rounds, int BuiltAhead, int BuiltAheadUsed)
{
    /// <summary>Where the builds and samples ran: this machine or jobs on the cluster.</summary>
    public ExecutorKind Executor { get; init; } = ExecutorKind.Local;
}
