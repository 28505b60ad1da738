using System.Text;
using System.Text.Json;

namespace Bisector.Configuration;

/// <summary>
/// Where each field of a JSON text starts, as a 1-based line and column (in characters), keyed by the field names
/// the config reader uses in its messages: <c>build.commands[0]</c>, <c>benchmarks.add_local.metric</c>.
/// </summary>
internal sealed class JsonPositions
{
    public const string Root = "(root)";

    private readonly byte[] _utf8;
    private readonly List<int> _lineStarts = [0];
    private readonly Dictionary<string, (int Line, int Column)> _fields = new(StringComparer.Ordinal);

    private JsonPositions(string json)
    {
        _utf8 = Encoding.UTF8.GetBytes(json);
        for (var i = 0; i < _utf8.Length; i++)
        {
            if (_utf8[i] == (byte)'\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>Maps the fields of a text that parses (with comments and trailing commas allowed).</summary>
    public static JsonPositions Of(string json)
    {
        var positions = new JsonPositions(json);
        positions.MapFields();
        return positions;
    }

    /// <summary>Only the line table: for a text that does not parse.</summary>
    public static JsonPositions Lines(string json) => new(json);

    /// <summary>The field's position, else its nearest enclosing field's (a missing field is reported at its parent), else 1:1.</summary>
    public (int Line, int Column) Find(string field)
    {
        for (var name = field; name.Length > 0; name = Parent(name))
        {
            if (_fields.TryGetValue(name, out var position))
            {
                return position;
            }
        }

        return (1, 1);
    }

    /// <summary>Turns System.Text.Json's 0-based line and byte offset in that line into a 1-based line and character column.</summary>
    public (int Line, int Column) FromReader(long zeroBasedLine, long bytePositionInLine)
    {
        var line = (int)Math.Clamp(zeroBasedLine, 0, _lineStarts.Count - 1);
        var start = _lineStarts[line];
        var length = (int)Math.Clamp(bytePositionInLine, 0, _utf8.Length - start);
        return (line + 1, Encoding.UTF8.GetCharCount(_utf8, start, length) + 1);
    }

    private (int Line, int Column) At(long byteOffset)
    {
        var index = _lineStarts.BinarySearch((int)byteOffset);
        var line = index >= 0 ? index : ~index - 1;
        return FromReader(line, byteOffset - _lineStarts[line]);
    }

    private static string Parent(string field)
    {
        var cut = Math.Max(field.LastIndexOf('.'), field.EndsWith(']') ? field.LastIndexOf('[') : -1);
        return cut > 0 ? field[..cut] : string.Empty;
    }

    private void MapFields()
    {
        var reader = new Utf8JsonReader(_utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var containers = new Stack<Container>();
        string? property = null;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    var parent = containers.Peek().Field;
                    property = parent == Root ? reader.GetString()! : $"{parent}.{reader.GetString()}";
                    _fields.TryAdd(property, At(reader.TokenStartIndex));
                    continue;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    containers.Pop();
                    continue;
            }

            string field;
            if (containers.Count == 0)
            {
                field = Root;
            }
            else if (containers.Peek() is { IsArray: true } array)
            {
                field = $"{array.Field}[{array.Items++}]";
                _fields.TryAdd(field, At(reader.TokenStartIndex));
            }
            else
            {
                field = property!;
            }

            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                containers.Push(new Container(field, reader.TokenType == JsonTokenType.StartArray));
            }
        }
    }

    private sealed class Container(string field, bool isArray)
    {
        public string Field { get; } = field;

        public bool IsArray { get; } = isArray;

        public int Items { get; set; }
    }
}
