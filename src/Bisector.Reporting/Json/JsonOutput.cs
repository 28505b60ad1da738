using System.Text.Encodings.Web;
using System.Text.Json;

namespace Bisector.Reporting.Json;

/// <summary>
/// How Bisector's JSON files are written: camelCase keys in declaration order, two-space indents, nulls written (the
/// contract's "| null" fields), and text left readable (no \u escapes for quotes, &lt; or non-ASCII). The encoder cannot
/// be set by <c>JsonSourceGenerationOptions</c>, so each generated context is made with these options.
/// </summary>
internal static class JsonOutput
{
    /// <summary>A new instance each time: a context binds its options and freezes them.</summary>
    public static JsonSerializerOptions Options() => new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
