using System.Globalization;
using Bisector.Core.Findings;

using Bisector.Core.Explain;

namespace Bisector.Reporting.Text;

/// <summary>Writes the explanation's finding as an engineer would after reading the profiles, the machine code and the changed source.</summary>
public static class ConclusionText
{
    /// <summary>A symbol whose change adds less than this to the whole (in percent) is not named as where the change is: profiles of the same code differ that much.</summary>
    public const double MinContributionPercent = 1.0;

    /// <summary>The explanation's finding in one or two sentences, as an engineer would write it after reading the evidence.</summary>
    public static string Write(Explanation explanation) => explanation.Unbuildable
        ? "The culprit or its parent no longer builds, so it could not be profiled."
        : Write(explanation.Profile, explanation.MachineCode, explanation.Source);

    /// <summary>What could not be profiled here and how to enable it: "No time profile: perf record is not permitted ...".</summary>
    public static string Unavailable(ProfileUnavailable missing) => FindingText.Describe(missing);

    public static string Write(ProfileComparison? profile, IReadOnlyList<MachineCodeComparison> machineCode, SourceExecution? source)
    {
        var sentences = new List<string>();
        var top = profile?.Symbols.FirstOrDefault(s => s.ContributionPercent >= MinContributionPercent);
        if (top is not null)
        {
            sentences.Add(Where(top, profile!.ContributionBasis));
            if (machineCode.FirstOrDefault(m => m.Symbol == top.Symbol) is { } code)
            {
                sentences.Add($"Its machine code: {MachineCodeText.Describe(code)}.");
                var rose = code.Shapes.Where(c => c.ExecutionDelta > 0).Take(3).ToArray();
                if (rose.Length > 0)
                {
                    sentences.Add("It runs more of " + string.Join(" and ", rose.Select(c =>
                        $"`{c.Shape}` ({Count(c.ParentExecutions)} → {Count(c.CulpritExecutions)} executions; {c.ParentCount} → {c.CulpritCount} in the code)")) + ".");
                }
            }
        }

        var hottest = profile?.Hottest;
        if (hottest is not null && hottest != top && machineCode.FirstOrDefault(m => m.Symbol == hottest.Symbol) is { } hot)
        {
            sentences.Add($"The hottest function, {hottest.Symbol}: {MachineCodeText.Describe(hot)}.");
        }

        if (source is not null)
        {
            sentences.AddRange(Source(source, machineCode));
        }

        return sentences.Count == 0
            ? "No profile could be taken here, so the culprit's effect is not explained beyond its measured change."
            : string.Join(" ", sentences);
    }

    private static string Where(SymbolChange top, string basis)
    {
        var detail = basis == "time"
            ? $"{Share(top.ParentShare)} → {Share(top.CulpritShare)} of the samples"
            : $"{Count(top.ParentInstructions)} → {Count(top.CulpritInstructions)} instructions";
        return $"Most of the change is in {top.Symbol} ({top.ContributionPercent.ToString("+0.0;-0.0", CultureInfo.InvariantCulture)} % of the parent's {basis}; {detail}).";
    }

    private static IEnumerable<string> Source(SourceExecution source, IReadOnlyList<MachineCodeComparison> machineCode)
    {
        var ran = source.Changes.Where(c => c.Runs).ToArray();
        var idle = source.Changes.Where(c => !c.Runs).ToArray();
        var delta = source.Lines.Sum(l => Math.Abs(l.Delta));

        // Lines of other functions than the changed code's, when that code runs, are most likely its callees, run more
        // often because of it (a call the change added): more work, not a side effect.
        var changedFunctions = source.Lines.Where(l => l.SourceChanged).Select(l => l.Function).ToHashSet(StringComparer.Ordinal);
        bool Called(HotLine line) => ran.Length > 0 && !line.SourceChanged && !changedFunctions.Contains(line.Function);
        var unexplained = source.Lines.Where(l => !l.SourceChanged && !Called(l)).ToArray();
        var unchangedDelta = unexplained.Sum(l => Math.Abs(l.Delta));
        var unchangedLines = unexplained.Where(l => l.Delta != 0).Take(3).ToArray();
        var callees = source.Lines.Where(Called).GroupBy(l => l.Function, StringComparer.Ordinal)
            .Select(g => (Function: g.Key, Delta: g.Sum(l => l.Delta))).Where(c => c.Delta > 0).OrderByDescending(c => c.Delta).Take(3).ToArray();
        var codeChanged = machineCode.Any(m => m.Finding != CodeFinding.Identical);

        if (source.Changes.Count == 0)
        {
            yield return "The commit changes no source file the build compiles.";
        }
        else if (ran.Length == 0)
        {
            yield return $"The change is in {Names(idle)}, which the benchmark never executes.";
        }
        else
        {
            var (culprit, parent) = (ran.Sum(c => c.CulpritInstructions), ran.Sum(c => c.ParentInstructions));
            var where = ran.All(c => c.Macro is not null)
                ? $"the lines that use {Names(ran)} executed {Count(culprit)} instructions in the culprit and {Count(parent)} in the parent"
                : $"{Names(ran)} executed {Count(culprit)} instructions in the culprit ({Count(parent)} on the lines it replaced in the parent)";
            yield return $"The changed code runs: {where}" + (idle.Length > 0 ? $"; {Names(idle)} did not run." : ".");
        }

        if (delta == 0)
        {
            yield break;
        }

        if (unchangedDelta * 2 > delta && unchangedLines.Length > 0)
        {
            var where = string.Join(", ", unchangedLines.Select(l => $"{l.Function} at {Path.GetFileName(l.File)}:{l.Line} ({Signed(l.Delta)})"));
            yield return ran.Length == 0
                ? $"The executed instructions changed on lines whose source did not: {where}: a code-generation side effect{(codeChanged ? " (the compiler laid out or allocated the hot code differently)" : string.Empty)}, not more work by the changed code."
                : $"Most of the change in executed instructions is on lines whose source did not change: {where}: partly a code-generation side effect.";
        }
        else if (ran.Length > 0)
        {
            yield return "Most of the change in executed instructions is on the changed lines (or the lines that use a changed macro)" +
                (callees.Length > 0 ? $" and in what they call ({string.Join(", ", callees.Select(c => $"{c.Function} {Signed(c.Delta)}"))})" : string.Empty) +
                ": the commit does more work there.";
        }
    }

    private static string Names(IEnumerable<ChangedCode> changes) => string.Join(", ", changes
        .Select(c => c.Macro is { } macro ? $"macro {macro} ({c.File})" : c.Function is { } function ? $"{function} ({c.File})" : c.File)
        .Distinct(StringComparer.Ordinal)
        .Take(4));

    private static string Share(double? share) => share is { } s ? (s * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %" : "?";

    private static string Count(double? count) => count is { } c ? c.ToString("#,0", CultureInfo.InvariantCulture) : "?";

    private static string Signed(long delta) => delta.ToString("+#,0;-#,0", CultureInfo.InvariantCulture) + " instructions";
}
