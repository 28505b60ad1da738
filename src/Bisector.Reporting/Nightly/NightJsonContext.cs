using System.Text.Json.Serialization;
using Bisector.Reporting.Json;

namespace Bisector.Reporting.Nightly;

/// <summary>The serializer for night.json, generated at compile time, with <see cref="JsonOutput.Options"/>.</summary>
[JsonSerializable(typeof(NightFileJson))]
internal sealed partial class NightJsonContext : JsonSerializerContext
{
    public static NightJsonContext Night { get; } = new(JsonOutput.Options());
}
