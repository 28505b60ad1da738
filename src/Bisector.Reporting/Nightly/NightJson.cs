using System.Text.Json;

namespace Bisector.Reporting.Nightly;

/// <summary>night.json: what a CI job parses: the night, each benchmark's history and steps, and the alerts.</summary>
public static class NightJson
{
    public static string Render(NightReport night) => JsonSerializer.Serialize(NightFileJson.Of(night), NightJsonContext.Night.NightFileJson);
}
