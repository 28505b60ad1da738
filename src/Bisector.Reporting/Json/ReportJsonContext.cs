using System.Text.Json.Serialization;

namespace Bisector.Reporting.Json;

/// <summary>The serializer for report.json, generated at compile time, with <see cref="JsonOutput.Options"/>.</summary>
[JsonSerializable(typeof(ReportJson))]
internal sealed partial class ReportJsonContext : JsonSerializerContext
{
    public static ReportJsonContext Report { get; } = new(JsonOutput.Options());
}
