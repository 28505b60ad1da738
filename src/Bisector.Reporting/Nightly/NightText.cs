namespace Bisector.Reporting.Nightly;

/// <summary>Sentences the night's views share.</summary>
public static class NightText
{
    public static string Headline(NightReport night) => night.Alerts.Count switch
    {
        0 => "no new regression",
        1 => "1 new regression",
        var n => $"{n} new regressions",
    };

    public static string Arrived(NightReport night) => night.NewCommits switch
    {
        0 => "no new commit since the last night",
        1 => "1 new commit since the last night",
        var n => $"{n} new commits since the last night",
    };
}
