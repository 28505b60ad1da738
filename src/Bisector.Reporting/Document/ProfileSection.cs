using Bisector.Core.Session;
using Bisector.Reporting.Explain;

namespace Bisector.Reporting.Document;

/// <summary>The culprit's profile against its parent's: every symbol, most regressed first (each view shows as many as fit it).</summary>
/// <param name="Sources">What the profiles are made of and what the contribution column means.</param>
public sealed record ProfileSection(string Sources, ReportTable Symbols) : ReportSection("profile", "Profile: where the time and the instructions went")
{
    public static ProfileSection? Of(BisectResult result) => result.Explanation?.Profile is { } profile
        ? new(ExplanationText.ProfileSources(profile), ExplanationTables.Profile(profile, profile.Symbols.Count))
        : null;

    /// <summary>The first <paramref name="rows"/> symbols, and how many more there are.</summary>
    public (ReportTable Table, int More) Take(int rows) =>
        (Symbols with { Rows = Symbols.Rows.Take(rows).ToArray() }, Math.Max(0, Symbols.Rows.Count - rows));
}
