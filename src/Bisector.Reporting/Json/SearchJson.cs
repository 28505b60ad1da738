using Bisector.Core.Domain;
using Bisector.Core.Session;

namespace Bisector.Reporting.Json;

/// <summary>How the search ran: where, how many commits per round, rounds, builds ahead.</summary>
internal sealed record SearchJson(string Executor, int Workers, int Rounds, int BuiltAhead, int BuiltAheadUsed)
{
    public static SearchJson? Of(SearchShape? search) => search is null
        ? null
        : new(ExecutorKinds.Name(search.Executor), search.Workers, search.Rounds, search.BuiltAhead, search.BuiltAheadUsed);
}
