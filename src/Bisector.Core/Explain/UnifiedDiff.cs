using System.Globalization;
using System.Text.RegularExpressions;

namespace Bisector.Core.Explain;

/// <summary>Reads the hunks of a unified diff (git's format) and the macros they edit.</summary>
public static partial class UnifiedDiff
{
    public static IReadOnlyList<DiffHunk> Parse(string patch)
    {
        var hunks = new List<DiffHunk>();
        string? oldFile = null;
        string? newFile = null;
        string? context = null;
        int oldLine = 0, newLine = 0;
        List<int>? added = null, removed = null;
        List<string>? text = null;

        void Flush()
        {
            if (text is { Count: > 0 } && (newFile is null or "/dev/null" ? oldFile : newFile) is { } file)
            {
                hunks.Add(new DiffHunk(file, context, added!, removed!, text));
            }

            text = null;
        }

        foreach (var line in patch.Split('\n'))
        {
            if (line.StartsWith("diff ", StringComparison.Ordinal))
            {
                Flush();
                oldFile = newFile = null;
            }
            else if (text is null && line.StartsWith("--- ", StringComparison.Ordinal))
            {
                oldFile = PathOf(line[4..]);
            }
            else if (text is null && line.StartsWith("+++ ", StringComparison.Ordinal))
            {
                newFile = PathOf(line[4..]);
            }
            else if (HunkHeader().Match(line) is { Success: true } header)
            {
                Flush();
                oldLine = int.Parse(header.Groups["old"].Value, CultureInfo.InvariantCulture);
                newLine = int.Parse(header.Groups["new"].Value, CultureInfo.InvariantCulture);
                context = header.Groups["context"].Value.Trim() is { Length: > 0 } c ? c : null;
                added = [];
                removed = [];
                text = [];
            }
            else if (text is not null && line.Length > 0)
            {
                switch (line[0])
                {
                    case '+':
                        added!.Add(newLine++);
                        text.Add(line);
                        break;
                    case '-':
                        removed!.Add(oldLine++);
                        text.Add(line);
                        break;
                    case ' ':
                        oldLine++;
                        newLine++;
                        break;
                }
            }
        }

        Flush();
        return hunks;
    }

    /// <summary>The macros whose definitions the hunk's changed lines belong to (a #define line, or a continuation of one).</summary>
    public static IReadOnlyList<string> MacrosEdited(DiffHunk hunk, string? culpritSource)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var changed in hunk.Text)
        {
            if (Define().Match(changed[1..]) is { Success: true } define)
            {
                names.Add(define.Groups["name"].Value);
            }
        }

        if (culpritSource is not null)
        {
            var lines = culpritSource.Split('\n');
            foreach (var number in hunk.AddedLines)
            {
                if (MacroAt(lines, number) is { } name)
                {
                    names.Add(name);
                }
            }
        }

        return names.Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>The macro a source line (1-based) belongs to: its own #define, or the #define it continues with backslashes.</summary>
    public static string? MacroAt(IReadOnlyList<string> lines, int number)
    {
        for (var i = number - 1; i >= 0 && i < lines.Count; i--)
        {
            if (Define().Match(lines[i]) is { Success: true } define)
            {
                return define.Groups["name"].Value;
            }

            if (i == 0 || !lines[i - 1].TrimEnd().EndsWith('\\'))
            {
                return null;
            }
        }

        return null;
    }

    private static string PathOf(string header)
    {
        var path = header.Trim();
        return path == "/dev/null" ? path : path.StartsWith("a/", StringComparison.Ordinal) || path.StartsWith("b/", StringComparison.Ordinal) ? path[2..] : path;
    }

    [GeneratedRegex(@"^@@ -(?<old>\d+)(,\d+)? \+(?<new>\d+)(,\d+)? @@(?<context>.*)$")]
    private static partial Regex HunkHeader();

    [GeneratedRegex(@"^\s*#\s*define\s+(?<name>[A-Za-z_]\w*)")]
    internal static partial Regex Define();
}
