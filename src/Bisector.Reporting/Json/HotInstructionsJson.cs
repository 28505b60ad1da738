using Bisector.Core.Explain;
using Bisector.Reporting.Explain;

namespace Bisector.Reporting.Json;

/// <summary>One function's hottest instructions in the culprit, hottest first, each beside the parent's it aligns with (profile.hotInstructions).</summary>
/// <param name="RankedBy">"samples" (share of the time profile's samples) or "executions" (callgrind).</param>
/// <param name="SamplesSkid">Whether the samples land after the instruction that was running (a timer or an imprecise event).</param>
internal sealed record HotInstructionsJson(string Symbol, string RankedBy, bool SamplesSkid, IReadOnlyList<HotInstructionJson> Instructions)
{
    public static HotInstructionsJson Of(string symbol, HotInstructions hot, ProfileMethod? time) => new(
        symbol,
        hot.RankedBy == HotRanking.Samples ? "samples" : "executions",
        hot.RankedBy == HotRanking.Samples && time is { Skids: true },
        [.. hot.Rows.Select(r => new HotInstructionJson(HotInstructionText.Change(r), InstructionJson.Of(r.Culprit)!, InstructionJson.Of(r.Parent)))]);
}
