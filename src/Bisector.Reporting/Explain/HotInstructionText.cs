using Bisector.Core.Explain;

namespace Bisector.Reporting.Explain;

/// <summary>Words about the hottest instructions, shared by every view.</summary>
internal static class HotInstructionText
{
    /// <summary>How an instruction compares with the parent's it aligns with: "same", "other registers", "added".</summary>
    public static string Change(HotInstruction row) => row.Kind switch
    {
        ' ' => "same",
        '~' => "other registers",
        _ => "added",
    };

    /// <summary>What made it hot, for a table's caption: "by share of the time samples (cpu-clock)", "by executions (callgrind)".</summary>
    public static string RankedBy(HotInstructions hot, ProfileMethod? time) => hot.RankedBy == HotRanking.Samples
        ? $"by share of the time samples{(time is null ? "" : $" ({time.Event})")}"
        : "by executions (callgrind)";

    /// <summary>An instruction's heat as the tables show it: its share of the samples, or its executions.</summary>
    public static string Heat(HotRanking rankedBy, Instruction instruction) => rankedBy == HotRanking.Samples
        ? instruction.SampleShare is { } share ? Format.Fraction(share) + " of samples" : "no samples"
        : instruction.Executions is { } runs ? Format.Count(runs) + " runs" : "not counted";

    /// <summary>
    /// The hottest instruction in words, with the parent's beside it: "`mov eax,DWORD PTR [rax+0x10]` in `eval_code`
    /// (ceval.c:214), 30.0 % of samples, added by the culprit".
    /// </summary>
    public static string Hottest(string symbol, HotInstructions hot)
    {
        var top = hot.Rows[0];
        var where = top.Culprit.Source is { } source ? $" ({source})" : "";
        var parent = top.Parent switch
        {
            null => "added by the culprit",
            { } p when top.Kind == ' ' => $"the same instruction in the parent, {Heat(hot.RankedBy, p)}",
            { } p => $"in the parent with other registers (`{p.Text}`), {Heat(hot.RankedBy, p)}",
        };
        return $"Hottest instruction: `{top.Culprit.Text}` in `{symbol}`{where}, {Heat(hot.RankedBy, top.Culprit)}; {parent}";
    }

    /// <summary>Why a sampled instruction's share may belong to the one before it.</summary>
    /// <param name="counted">Whether the tables also give callgrind's execution counts, which do not skid.</param>
    public static string Skid(ProfileMethod time, bool counted) =>
        $"{time.Event} samples land on an instruction after the one that was running, often a few later (skid): read a hot " +
        "instruction with the ones just before it and its source line." + (counted ? " The runs are callgrind's exact counts." : "");
}
