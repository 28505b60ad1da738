using Bisector.Core.Explain;
using Bisector.Core.Session;

namespace Bisector.Reporting.Explain;

/// <summary>The explanation's tables, built once for every view.</summary>
internal static class ExplanationTables
{
    /// <summary>Symbols, most regressed first; columns only for the profiles that exist.</summary>
    public static ReportTable Profile(ProfileComparison profile, int limit)
    {
        var time = profile.Symbols.Any(s => s.ParentShare is not null || s.CulpritShare is not null);
        var instructions = profile.Symbols.Any(s => s.ParentInstructions is not null || s.CulpritInstructions is not null);
        var columns = new List<ReportColumn> { new("symbol", CellKind.Code), new("object", CellKind.Code) };
        if (time)
        {
            columns.AddRange([new("parent time", CellKind.Number), new("culprit time", CellKind.Number)]);
        }

        if (instructions)
        {
            columns.AddRange([new("parent instructions", CellKind.Number), new("culprit instructions", CellKind.Number), new("instructions change", CellKind.Number)]);
        }

        columns.Add(new($"contribution ({(profile.ContributionBasis == "time" ? "time" : "instructions")})", CellKind.Number));
        var rows = profile.Symbols.Take(limit).Select(symbol =>
        {
            var row = new List<string> { symbol.Symbol, Path.GetFileName(symbol.Object) };
            if (time)
            {
                row.AddRange([Optional(symbol.ParentShare, Format.Fraction), Optional(symbol.CulpritShare, Format.Fraction)]);
            }

            if (instructions)
            {
                row.AddRange([Optional(symbol.ParentInstructions, Format.Count), Optional(symbol.CulpritInstructions, Format.Count), InstructionChange(symbol)]);
            }

            row.Add(Format.Percent(symbol.ContributionPercent));
            return (IReadOnlyList<string>)row;
        }).ToArray();
        return new ReportTable(columns, rows);
    }

    public static ReportTable MachineCode(IReadOnlyList<MachineCodeComparison> functions) => new(
        [new("symbol", CellKind.Code), new("finding"), new("instructions", CellKind.Number), new("what the comparison shows")],
        functions.Select(f => (IReadOnlyList<string>)
        [
            f.Symbol,
            ReportNames.CodeFinding(f.Finding),
            $"{Format.Count(f.ParentInstructions)} → {Format.Count(f.CulpritInstructions)}",
            ExplanationText.CodeFinding(f),
        ]).ToArray());

    /// <summary>Each hunk of the culprit's source diff, and whether the benchmark executed it.</summary>
    public static ReportTable SourceChanges(SourceExecution source) => new(
        [new("changed code", CellKind.Code), new("lines"), new("runs in the benchmark"), new("parent instructions", CellKind.Number), new("culprit instructions", CellKind.Number)],
        source.Changes.Select(c => (IReadOnlyList<string>)
        [
            ExplanationText.Where(c),
            ExplanationText.Lines(c.Lines),
            c.Runs ? "yes" : "no",
            Format.Count(c.ParentInstructions),
            Format.Count(c.CulpritInstructions),
        ]).ToArray());

    /// <summary>The source lines whose executed instructions changed most.</summary>
    public static ReportTable HotLines(SourceExecution source) => new(
        [new("line", CellKind.Code), new("function", CellKind.Code), new("parent instructions", CellKind.Number), new("culprit instructions", CellKind.Number), new("change", CellKind.Number), new("changed by the commit")],
        source.Lines.Select(l => (IReadOnlyList<string>)
        [
            $"{l.File}:{l.Line}",
            l.Function,
            Format.Count(l.ParentInstructions),
            Format.Count(l.CulpritInstructions),
            Format.SignedCount(l.Delta),
            l.SourceChanged ? "yes" : "no",
        ]).ToArray());

    public static ReportTable Diffstat(CommitDetails commit) => new(
        [new("file", CellKind.Code), new("added", CellKind.Number), new("deleted", CellKind.Number)],
        commit.Files.Select(f => (IReadOnlyList<string>)[f.Path, $"+{f.Added}", $"-{f.Deleted}"]).ToArray());

    public static ReportTable Environment(RunEnvironment environment)
    {
        var rows = new List<IReadOnlyList<string>>
        {
            new[] { "CPU", $"{environment.Cpu} ({ReportText.Count(environment.Cores, "core")})" },
            new[] { "kernel", environment.Kernel },
            new[] { "compiler", environment.Compiler },
            new[] { "perf", environment.Perf ?? "not available" },
            new[] { "valgrind", environment.Valgrind ?? "not available" },
            new[] { "build environment", environment.Flags.Count > 0 ? string.Join(" ", environment.Flags) : "none set" },
        };
        if (environment.Load is { } load)
        {
            rows.Add(["machine while measuring", load]);
        }

        rows.Add(["Bisector", environment.BisectorVersion]);
        return new ReportTable([new(""), new("")], rows);
    }

    private static string InstructionChange(SymbolChange symbol) =>
        symbol.InstructionChangePercent is { } percent ? Format.Percent(percent)
        : symbol.ParentInstructions is null or 0 && symbol.CulpritInstructions is > 0 ? "new"
        : string.Empty;

    private static string Optional(double? value, Func<double, string> format) => value is { } v ? format(v) : string.Empty;
}
