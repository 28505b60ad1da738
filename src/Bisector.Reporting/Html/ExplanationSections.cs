using System.Text;
using Bisector.Core.Explain;
using Bisector.Reporting.Explain;
using static Bisector.Reporting.Html.HtmlText;

namespace Bisector.Reporting.Html;

/// <summary>The culprit's explanation: its profile against the parent's, and whether the changed source ran.</summary>
internal static class ExplanationSections
{
    /// <summary>Symbols listed on the page; report.json holds them all.</summary>
    public const int ProfileRows = 25;

    public static void Profile(StringBuilder html, Explanation explanation)
    {
        if (explanation.Profile is not { } profile)
        {
            return;
        }

        Section(html, "profile", "Profile: where the time and the instructions went");
        html.AppendLine($"<p>{E(ExplanationText.ProfileSources(profile))}</p>");
        Table(html, ExplanationTables.Profile(profile, ProfileRows));
        if (profile.Symbols.Count > ProfileRows)
        {
            html.AppendLine($"<p class=\"muted\">{profile.Symbols.Count - ProfileRows} more {(profile.Symbols.Count - ProfileRows == 1 ? "symbol" : "symbols")} in report.json.</p>");
        }

        EndSection(html);
    }

    public static void Source(StringBuilder html, Explanation explanation)
    {
        if (explanation.Source is not { } source)
        {
            return;
        }

        Section(html, "source", "Did the changed source run?");
        Table(html, ExplanationTables.SourceChanges(source));
        if (source.Lines.Count > 0)
        {
            html.AppendLine("<h3>Source lines whose executed instructions changed most</h3>");
            Table(html, ExplanationTables.HotLines(source));
        }

        EndSection(html);
    }
}
