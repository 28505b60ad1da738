using System.Text.Json;
using Bisector.Core.Configuration;
using Bisector.Core.Domain;

namespace Bisector.Configuration;

/// <summary>Typed access to config fields, failing with the file, line and column, and the field named.</summary>
internal sealed class ConfigReader(string sourcePath, string json)
{
    private JsonPositions? _positions;

    /// <summary>"x.json:12:7: benchmarks.a.metric: problem." (a missing field is placed at the object that lacks it).</summary>
    public UsageException Error(string field, string problem)
    {
        _positions ??= JsonPositions.Of(json);
        var (line, column) = _positions.Find(field);
        return new($"{sourcePath}:{line}:{column}: {field}: {problem}.");
    }

    /// <summary>Rejects a field the object does not have, so that a misspelt name is not silently ignored.</summary>
    public void KnownFields(JsonElement element, string field, params string[] known)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (Array.IndexOf(known, property.Name) < 0)
            {
                var name = field == JsonPositions.Root ? property.Name : $"{field}.{property.Name}";
                throw Error(name, $"is not a field here; the fields of {(field == JsonPositions.Root ? "a config" : field)} are {string.Join(", ", known.Where(k => k != "$schema"))}");
            }
        }
    }

    public JsonElement Object(JsonElement element, string field) =>
        element.ValueKind == JsonValueKind.Object ? element : throw Error(field, $"must be an object, not {Describe(element)}");

    public JsonElement RequiredObject(JsonElement parent, string name, string field) =>
        parent.TryGetProperty(name, out var value) ? Object(value, field) : throw Error(field, "is required");

    public string String(JsonElement element, string field) =>
        element.ValueKind == JsonValueKind.String ? element.GetString()! : throw Error(field, $"must be a string, not {Describe(element)}");

    public string? OptionalString(JsonElement parent, string name, string field) =>
        parent.TryGetProperty(name, out var value) ? String(value, field) : null;

    public IReadOnlyList<string>? OptionalStringList(JsonElement parent, string name, string field)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw Error(field, $"must be a list of strings, not {Describe(value)}");
        }

        return value.EnumerateArray().Select((item, i) => String(item, $"{field}[{i}]")).ToArray();
    }

    public bool? OptionalBoolean(JsonElement parent, string name, string field) =>
        !parent.TryGetProperty(name, out var value) ? null
        : value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean()
        : throw Error(field, $"must be true or false, not {Describe(value)}");

    public double? OptionalPositiveNumber(JsonElement parent, string name, string field)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || value.GetDouble() <= 0)
        {
            throw Error(field, $"must be a positive number, not {value.GetRawText()}");
        }

        return value.GetDouble();
    }

    /// <summary>A number that <paramref name="valid"/> accepts, refused in the words the command line uses for the same value (<see cref="ValueRules"/>).</summary>
    public double? OptionalNumber(JsonElement parent, string name, string field, string accepts, Func<double, bool> valid)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !valid(value.GetDouble()))
        {
            throw Error(field, $"{accepts}, not {value.GetRawText()}");
        }

        return value.GetDouble();
    }

    public int? OptionalNonNegativeInteger(JsonElement parent, string name, string field)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number) || number < 0)
        {
            throw Error(field, $"must be a whole number of at least 0, not {value.GetRawText()}");
        }

        return number;
    }

    /// <summary>A list of increasing sample counts, each at least 3.</summary>
    public IReadOnlyList<int>? OptionalScheduleList(JsonElement parent, string name, string field)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() == 0)
        {
            throw Error(field, "must be a non-empty list of increasing sample counts, such as [5, 10, 20, 40]");
        }

        var counts = new List<int>();
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Number || !item.TryGetInt32(out var n) || n < 3 || (counts.Count > 0 && n <= counts[^1]))
            {
                throw Error(field, $"must be increasing whole numbers of at least 3, such as [5, 10, 20, 40]; {item.GetRawText()} does not fit");
            }

            counts.Add(n);
        }

        return counts;
    }

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Array => "a list",
        JsonValueKind.Object => "an object",
        JsonValueKind.String => $"the string \"{element.GetString()}\"",
        _ => element.GetRawText(),
    };
}
