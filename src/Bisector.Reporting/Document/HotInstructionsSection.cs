using Bisector.Core.Explain;
using Bisector.Core.Session;
using Bisector.Reporting.Explain;

namespace Bisector.Reporting.Document;

/// <summary>
/// The culprit's hottest instructions in each compared function, as <c>perf annotate</c> lists them, each beside the
/// parent's instruction it aligns with: where the time is, and whether that code is new.
/// </summary>
/// <param name="Headline">The hottest instruction of all in words: the terminal's line.</param>
/// <param name="Skid">Why a sample's instruction may be late, when the samples skid.</param>
/// <param name="Functions">One table per function, with its caption.</param>
public sealed record HotInstructionsSection(string Headline, string? Skid, IReadOnlyList<(string Caption, ReportTable Table)> Functions)
    : ReportSection("hot-instructions", "Hottest instructions: culprit beside parent")
{
    public static HotInstructionsSection? Of(BisectResult result)
    {
        if (result.Explanation is not { } explanation)
        {
            return null;
        }

        var functions = explanation.MachineCode.Where(c => c.Hot is { Rows.Count: > 0 }).ToArray();
        if (functions.Length == 0)
        {
            return null;
        }

        var time = explanation.Profile?.Time;
        var hottest = functions
            .OrderByDescending(c => c.Hot!.RankedBy == HotRanking.Samples)
            .ThenByDescending(c => c.Hot!.Rows[0].Culprit.SampleShare ?? 0)
            .ThenByDescending(c => c.Hot!.Rows[0].Culprit.Executions ?? 0)
            .First();
        var skid = time is { Skids: true } && functions.Any(c => c.Hot!.RankedBy == HotRanking.Samples) ? HotInstructionText.Skid(time, functions.Any(c => c.Hot!.Rows.Any(r => r.Culprit.Executions is not null)))
            : null;
        return new HotInstructionsSection(
            HotInstructionText.Hottest(hottest.Symbol, hottest.Hot!),
            skid,
            [.. functions.Select(c => ($"`{c.Symbol}`, {HotInstructionText.RankedBy(c.Hot!, time)}", Table(c.Hot!)))]);
    }

    private static ReportTable Table(HotInstructions hot) => new(
        [
            new("source", CellKind.Code), new("culprit", CellKind.Code), new("samples", CellKind.Number), new("runs", CellKind.Number),
            new("in the parent", CellKind.Text), new("parent", CellKind.Code), new("samples", CellKind.Number), new("runs", CellKind.Number),
        ],
        [.. hot.Rows.Select(r => (IReadOnlyList<string>)
        [
            r.Culprit.Source ?? "", ExplanationText.Instruction(r.Culprit), Share(r.Culprit), Runs(r.Culprit),
            HotInstructionText.Change(r), r.Parent is { } p ? ExplanationText.Instruction(p) : "", Share(r.Parent), Runs(r.Parent),
        ])]);

    private static string Share(Instruction? instruction) => instruction?.SampleShare is { } share ? Format.Fraction(share) : "";

    private static string Runs(Instruction? instruction) => instruction?.Executions is { } runs ? Format.Count(runs) : "";
}
