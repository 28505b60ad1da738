using System.Text;
using static Bisector.Reporting.Markdown.MarkdownBlocks;

namespace Bisector.Reporting.Nightly;

/// <summary>night.md: the night in a form that pastes into an issue or a chat message.</summary>
public static class NightMarkdown
{
    public static string Render(NightReport night)
    {
        var md = new StringBuilder();
        md.AppendLine($"# Nightly: {NightText.Headline(night)}").AppendLine();
        md.AppendLine(Markdown.MarkdownBlocks.Text(NightText.Branch(night))).AppendLine();
        foreach (var alert in night.Alerts)
        {
            md.AppendLine($"- **{Markdown.MarkdownBlocks.Text(NightText.AlertLead(alert))}**, {Markdown.MarkdownBlocks.Text(NightText.AlertDetail(alert))}");
        }

        if (night.Alerts.Count > 0)
        {
            md.AppendLine();
        }

        md.AppendLine("## Measured tonight").AppendLine();
        Table(md, NightTables.Measured(night));
        foreach (var benchmark in night.Benchmarks)
        {
            md.AppendLine($"## {benchmark.History.Title}").AppendLine();
            if (benchmark.History.Steps.Count > 0)
            {
                Table(md, NightTables.Steps(benchmark.History));
            }
            else
            {
                md.AppendLine(NightText.NoStep).AppendLine();
            }

            OpenDetails(md, NightText.Points(benchmark.History));
            Table(md, NightTables.Points(benchmark.History));
            CloseDetails(md);
        }

        return md.ToString();
    }
}
