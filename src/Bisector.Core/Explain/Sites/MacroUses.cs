using System.Text.RegularExpressions;

namespace Bisector.Core.Explain.Sites;

/// <summary>
/// The macros that expand an edited macro inside their own definition, at any depth: a site that writes DISPATCH() runs
/// EVAL_BREAKER_SET() when DISPATCH's body uses it, and line info names only the outer macro's line.
/// </summary>
public static class MacroUses
{
    /// <summary><paramref name="macro"/> and every macro defined in <paramref name="sources"/> whose body reaches it.</summary>
    public static IReadOnlyList<string> Reaching(string macro, IEnumerable<string> sources) => Reaching([macro], sources);

    /// <summary><paramref name="macros"/> and every macro defined in <paramref name="sources"/> whose body reaches one of them.</summary>
    public static IReadOnlyList<string> Reaching(IEnumerable<string> macros, IEnumerable<string> sources)
    {
        var bodies = sources.SelectMany(Definitions).GroupBy(d => d.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => string.Join('\n', g.Select(d => d.Body)), StringComparer.Ordinal);
        var reaching = macros.Distinct(StringComparer.Ordinal).ToList();
        for (var i = 0; i < reaching.Count; i++)
        {
            var uses = new Regex($@"\b{Regex.Escape(reaching[i])}\b", RegexOptions.CultureInvariant);
            reaching.AddRange(bodies.Where(b => !reaching.Contains(b.Key, StringComparer.Ordinal) && uses.IsMatch(b.Value)).Select(b => b.Key).Order(StringComparer.Ordinal));
        }

        return reaching;
    }

    /// <summary>Each #define of a source with its body (the rest of its line and its backslash continuations).</summary>
    private static IEnumerable<(string Name, string Body)> Definitions(string source)
    {
        var lines = source.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (UnifiedDiff.Define().Match(lines[i]) is not { Success: true } define)
            {
                continue;
            }

            var body = new List<string> { lines[i][(define.Index + define.Length)..] };
            while (lines[i].TrimEnd().EndsWith('\\') && i + 1 < lines.Length)
            {
                body.Add(lines[++i]);
            }

            yield return (define.Groups["name"].Value, string.Join('\n', body));
        }
    }
}
