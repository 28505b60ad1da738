using System.Text.Json;

namespace Bisector.Reporting.Json;

/// <summary>Field shapes report.json repeats: arrays of numbers or strings, and numbers that may be missing.</summary>
internal static class JsonFields
{
    public static void Numbers(Utf8JsonWriter json, string name, IReadOnlyList<double> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteNumberValue(value);
        }

        json.WriteEndArray();
    }

    public static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    /// <summary>A number rounded to <paramref name="digits"/>, or null when it was not measured.</summary>
    public static void Optional(Utf8JsonWriter json, string name, double? value, int digits = 2)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, Math.Round(v, digits));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    /// <summary>A whole count (instructions, executions), or null when it was not counted.</summary>
    public static void OptionalCount(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, (long)Math.Round(v));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    /// <summary>An object with the fields <paramref name="write"/> writes, or null when there is no value.</summary>
    public static void Object<T>(Utf8JsonWriter json, string name, T? value, Action<T> write)
        where T : class
    {
        if (value is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        write(value);
        json.WriteEndObject();
    }
}
