using System.Text;
using Bisector.Core.Explain;
using Bisector.Core.Session;
using Bisector.Reporting.Text;

namespace Bisector.Reporting.Explain;

/// <summary>Sentences about a culprit's explanation, shared by the Markdown and HTML reports.</summary>
internal static class ExplanationText
{
    /// <summary>What the profiles are made of and what the contribution column means.</summary>
    public static string ProfileSources(ProfileComparison profile)
    {
        var sources = new List<string>();
        if (profile.Time is { } time)
        {
            sources.Add($"time from {ProfileMethodText.Describe(time)}");
        }

        if (profile.Instructions is { } instructions)
        {
            sources.Add($"instructions from {ProfileMethodText.Describe(instructions)}");
        }

        var basis = profile.ContributionBasis == "time" ? "time" : "instructions";
        return $"Culprit against its parent, most regressed first; {string.Join("; ", sources)}. " +
            $"The contribution is how much each symbol's change adds to the parent's total {basis}, in percent: the symbols' contributions sum to the whole change.";
    }

    /// <summary>One symbol's machine-code finding in words, as the conclusion says it.</summary>
    public static string CodeFinding(MachineCodeComparison code) => MachineCodeText.Describe(code);

    /// <summary>Where a changed hunk is: "ceval_macros.h, macro EVAL_BREAKER_SET", "pystate.c, threadstate_get".</summary>
    public static string Where(ChangedCode change) =>
        change.Macro is { } macro ? $"{change.File}, macro {macro}"
        : change.Function is { } function ? $"{change.File}, {function}"
        : change.File;

    /// <summary>Line numbers with runs folded: "41–42, 50".</summary>
    public static string Lines(IReadOnlyList<int> lines)
    {
        var ranges = new List<string>();
        var sorted = lines.Distinct().Order().ToArray();
        for (var i = 0; i < sorted.Length;)
        {
            var end = i;
            while (end + 1 < sorted.Length && sorted[end + 1] == sorted[end] + 1)
            {
                end++;
            }

            ranges.Add(end == i ? $"{sorted[i]}" : $"{sorted[i]}–{sorted[end]}");
            i = end + 1;
        }

        return string.Join(", ", ranges);
    }

    /// <summary>An instruction as the side-by-side views show it: "+0x80  call &lt;threadstate_get&gt;".</summary>
    public static string Instruction(Instruction instruction) => $"+{Format.Hex(instruction.Offset)}  {instruction.Text}";

    /// <summary>How many times an instruction ran (callgrind) and its share of the time samples (perf), where each was taken.</summary>
    public static string Executions(Instruction? instruction) =>
        string.Join(" · ", new[]
        {
            instruction?.Executions is { } runs ? Format.Count(runs) : null,
            instruction?.SampleShare is { } share and > 0 ? Format.Fraction(share) + " of samples" : null,
        }.OfType<string>());

    /// <summary>git's diffstat summary line: "3 files changed, 19 insertions(+), 3 deletions(-)".</summary>
    public static string Diffstat(CommitDetails commit) =>
        $"{ReportText.Count(commit.Files.Count, "file")} changed, {ReportText.Count(commit.Files.Sum(f => f.Added), "insertion")}(+), " +
        $"{ReportText.Count(commit.Files.Sum(f => f.Deleted), "deletion")}(-)";

    /// <summary>The commands as one shell script, each block under a comment that says what it is.</summary>
    public static string Commands(ReproduceCommands commands)
    {
        var script = new StringBuilder();
        script.AppendLine("# Bisector: the same run again (cached builds and samples are reused)");
        script.AppendLine(commands.Reproduce);
        script.AppendLine().AppendLine("# build, in a checkout of the commit");
        if (commands.Checkout is { } checkout)
        {
            script.AppendLine(checkout);
        }

        foreach (var build in commands.Build)
        {
            script.AppendLine(build);
        }

        script.AppendLine().AppendLine("# benchmark, in the same checkout");
        script.AppendLine(commands.Benchmark);
        return script.ToString();
    }
}
