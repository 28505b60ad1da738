using System.Text;
using Bisector.Core.Explain;
using Bisector.Core.Session;
using Bisector.Reporting.Explain;
using Bisector.Reporting.Text;

namespace Bisector.Reporting.Markdown;

/// <summary>The culprit's explanation in report.md: short findings in the open, long evidence folded.</summary>
internal static class ExplanationMarkdown
{
    /// <summary>Hunks shown per function: the report must fit in a GitHub issue.</summary>
    private const int MaxHunks = 4;

    /// <summary>Lines shown per hunk, around its most executed change.</summary>
    private const int MaxLinesPerHunk = 30;

    /// <summary>Symbols shown in the issue; report.json and report.html hold the rest.</summary>
    public const int ProfileRows = 10;

    /// <summary>Diff lines shown in the issue, which GitHub caps at 65,536 characters; report.html holds the whole patch.</summary>
    public const int PatchLines = 300;

    public static void Explanation(StringBuilder md, Explanation explanation)
    {
        md.AppendLine("## Why it is slower").AppendLine();
        md.AppendLine(MarkdownBlocks.Text(ConclusionText.Write(explanation))).AppendLine();
        foreach (var missing in explanation.Unavailable)
        {
            md.AppendLine($"- Not available: {MarkdownBlocks.Text(ConclusionText.Unavailable(missing))}");
        }

        if (explanation.Unavailable.Count > 0)
        {
            md.AppendLine();
        }

        if (explanation.Profile is { } profile)
        {
            md.AppendLine("### Profile").AppendLine();
            md.AppendLine(MarkdownBlocks.Text(ExplanationText.ProfileSources(profile))).AppendLine();
            MarkdownBlocks.Table(md, ExplanationTables.Profile(profile, ProfileRows));
            if (profile.Symbols.Count > ProfileRows)
            {
                md.AppendLine($"{profile.Symbols.Count - ProfileRows} more {(profile.Symbols.Count - ProfileRows == 1 ? "symbol" : "symbols")} in report.json and report.html.").AppendLine();
            }
        }

        if (explanation.MachineCode.Count > 0)
        {
            md.AppendLine("### Machine code").AppendLine();
            MarkdownBlocks.Table(md, ExplanationTables.MachineCode(explanation.MachineCode));
            foreach (var code in explanation.MachineCode.Where(c => c.Hunks.Count > 0))
            {
                MarkdownBlocks.OpenDetails(md, $"{code.Symbol}: {ReportText.Count(code.Hunks.Count, "changed hunk")}" +
                    (code.Hunks.Count > MaxHunks ? $" (the {MaxHunks} whose changed instructions ran most)" : string.Empty) +
                    ", parent and culprit side by side, with how many times each instruction ran");
                MarkdownBlocks.Fence(md, "diff", SideBySide(code));
                MarkdownBlocks.CloseDetails(md);
            }
        }

        if (explanation.Source is { } source)
        {
            md.AppendLine("### Did the changed source run?").AppendLine();
            MarkdownBlocks.Table(md, ExplanationTables.SourceChanges(source));
            if (source.Lines.Count > 0)
            {
                md.AppendLine("Source lines whose executed instructions changed most:").AppendLine();
                MarkdownBlocks.Table(md, ExplanationTables.HotLines(source));
            }
        }

        Commit(md, explanation.Commit);
    }

    /// <summary>What a reader needs to check the figures and run them again, folded.</summary>
    public static void Reproduce(StringBuilder md, BisectResult result)
    {
        if (result.Environment is null && result.Commands is null)
        {
            return;
        }

        md.AppendLine("## Reproduce").AppendLine();
        if (result.Environment is { } environment)
        {
            MarkdownBlocks.OpenDetails(md, $"Environment: {environment.Cpu}, {environment.Kernel}, {environment.Compiler}");
            MarkdownBlocks.Table(md, ExplanationTables.Environment(environment));
            MarkdownBlocks.CloseDetails(md);
        }

        if (result.Commands is { } commands)
        {
            MarkdownBlocks.OpenDetails(md, "Commands: Bisector's, the build's and the benchmark's");
            MarkdownBlocks.Fence(md, "sh", ExplanationText.Commands(commands));
            MarkdownBlocks.CloseDetails(md);
        }
    }

    private static void Commit(StringBuilder md, CommitDetails commit)
    {
        MarkdownBlocks.OpenDetails(md, $"The commit {commit.Sha[..Math.Min(10, commit.Sha.Length)]}: its full message and diff ({ExplanationText.Diffstat(commit)})");
        MarkdownBlocks.Fence(md, "text", commit.Message);
        MarkdownBlocks.Table(md, ExplanationTables.Diffstat(commit));
        var lines = commit.Patch.Split('\n');
        if (lines.Length > PatchLines)
        {
            MarkdownBlocks.Fence(md, "diff", string.Join('\n', lines.Take(PatchLines)));
            md.AppendLine($"{lines.Length - PatchLines} more lines of the diff: report.html, or `git show {commit.Sha}`.").AppendLine();
        }
        else
        {
            MarkdownBlocks.Fence(md, "diff", commit.Patch);
        }

        MarkdownBlocks.CloseDetails(md);
    }

    /// <summary>
    /// A function's changed hunks as a diff: each line holds the parent's instruction and run count on the left and the
    /// culprit's on the right, and starts with '-' or '+' when only one build has it, so GitHub colours it.
    /// </summary>
    private static string SideBySide(MachineCodeComparison code)
    {
        var instructions = code.Hottest(MaxHunks).SelectMany(h => h.Hunk.Window(MaxLinesPerHunk).Lines).SelectMany(l => new[] { l.Parent, l.Culprit }).OfType<Instruction>().ToArray();
        var width = Math.Max("parent".Length, instructions.Max(i => ExplanationText.Instruction(i).Length));
        var runs = Math.Max("runs · time".Length, instructions.Max(i => ExplanationText.Executions(i).Length));
        string Side(string text, string count) => text.PadRight(width) + "  " + count.PadLeft(runs);
        string Half(Instruction? instruction) =>
            instruction is null ? Side(string.Empty, string.Empty) : Side(ExplanationText.Instruction(instruction), ExplanationText.Executions(instruction));

        var diff = new StringBuilder();
        diff.AppendLine($"  {Side("parent", "runs · time")} | {Side("culprit", "runs · time").TrimEnd()}");
        if (code.RegistersChanged > 0)
        {
            diff.AppendLine("  (~: the same instruction with other registers or stack slots)");
        }

        foreach (var (number, hunk) in code.Hottest(MaxHunks))
        {
            diff.AppendLine($"@@ {code.Symbol}, hunk {number} of {code.Hunks.Count}: +{hunk.Added} -{hunk.Removed} @@");
            var (lines, before, after) = hunk.Window(MaxLinesPerHunk);
            if (before > 0)
            {
                diff.AppendLine($"  … {before} lines of this hunk before");
            }

            foreach (var line in lines)
            {
                diff.AppendLine($"{line.Kind} {Half(line.Parent)} | {Half(line.Culprit)}".TrimEnd());
            }

            if (after > 0)
            {
                diff.AppendLine($"  … {after} lines of this hunk after");
            }
        }

        return diff.ToString();
    }
}
