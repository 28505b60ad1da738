using System.Text;
using Bisector.Core.Explain;
using Bisector.Reporting.Document;
using Bisector.Reporting.Explain;

namespace Bisector.Reporting.Markdown;

/// <summary>The culprit's explanation and the reproduction in report.md: short findings in the open, long evidence folded.</summary>
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

    public static void Conclusion(StringBuilder md, ConclusionSection conclusion)
    {
        md.AppendLine(MarkdownBlocks.Text(conclusion.Conclusion)).AppendLine();
        if (conclusion.Unavailable.Count > 0)
        {
            MarkdownBlocks.List(md, conclusion.Unavailable.Select(missing => $"{ConclusionSection.UnavailableLead} {missing}"));
        }
    }

    public static void Profile(StringBuilder md, ProfileSection profile)
    {
        md.AppendLine(MarkdownBlocks.Text(profile.Sources)).AppendLine();
        var (table, more) = profile.Take(ProfileRows);
        MarkdownBlocks.Table(md, table);
        if (more > 0)
        {
            md.AppendLine($"{more} more {(more == 1 ? "symbol" : "symbols")} in report.json and report.html.").AppendLine();
        }
    }

    public static void MachineCode(StringBuilder md, MachineCodeSection section)
    {
        MarkdownBlocks.Table(md, section.Findings);
        foreach (var code in section.Functions.Where(c => c.Hunks.Count > 0))
        {
            MarkdownBlocks.OpenDetails(md, $"{code.Symbol}: {ReportText.Count(code.Hunks.Count, "changed hunk")}" +
                (code.Hunks.Count > MaxHunks ? $" (the {MaxHunks} whose changed instructions ran most)" : string.Empty) +
                ", parent and culprit side by side, with how many times each instruction ran");
            MarkdownBlocks.Fence(md, "diff", SideBySide(code));
            MarkdownBlocks.CloseDetails(md);
        }
    }

    public static void Source(StringBuilder md, SourceSection source)
    {
        MarkdownBlocks.Table(md, source.Changes);
        if (source.HotLines is { } lines)
        {
            md.AppendLine($"{SourceSection.HotLinesTitle}:").AppendLine();
            MarkdownBlocks.Table(md, lines);
        }
    }

    /// <summary>What a reader needs to check the figures and run them again, folded.</summary>
    public static void Reproduce(StringBuilder md, ReproduceSection reproduce)
    {
        if (reproduce.Environment is { } environment)
        {
            MarkdownBlocks.OpenDetails(md, $"{ReproduceSection.EnvironmentTitle}: {reproduce.Machine}");
            MarkdownBlocks.Table(md, environment);
            MarkdownBlocks.CloseDetails(md);
        }

        if (reproduce.Commands is { } commands)
        {
            MarkdownBlocks.OpenDetails(md, $"{ReproduceSection.CommandsTitle}: Bisector's, the build's and the benchmark's");
            MarkdownBlocks.Fence(md, "sh", commands);
            MarkdownBlocks.CloseDetails(md);
        }
    }

    /// <summary>The diffstat in the open; the message and the diff (cut to fit an issue) folded.</summary>
    public static void Commit(StringBuilder md, CommitSection section)
    {
        var commit = section.Commit;
        md.AppendLine(MarkdownBlocks.Text(section.Diffstat)).AppendLine();
        MarkdownBlocks.Table(md, section.Files);
        MarkdownBlocks.OpenDetails(md, "Its full message and diff");
        MarkdownBlocks.Fence(md, "text", commit.Message);
        var lines = commit.Patch.Split('\n');
        if (lines.Length > PatchLines)
        {
            MarkdownBlocks.Fence(md, "diff", string.Join('\n', lines.Take(PatchLines)));
            md.AppendLine($"{ReportText.Count(lines.Length - PatchLines, "more line")} of the diff: report.html, or `git show {commit.Sha}`.").AppendLine();
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
