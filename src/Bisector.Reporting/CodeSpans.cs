namespace Bisector.Reporting;

/// <summary>
/// Prose in which backticks mark code, as in Markdown: a run of backticks opens a span that the next run of the same
/// length closes; a run with no partner is text. Each view escapes the text and the code its own way.
/// </summary>
internal static class CodeSpans
{
    /// <summary>The pieces of <paramref name="text"/> in order: text, or code with the backticks that fence it.</summary>
    public static IEnumerable<(string Text, string? Fence)> Split(string text)
    {
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] != '`')
            {
                i++;
                continue;
            }

            var fence = Run(text, i);
            var close = Close(text, i + fence, fence);
            if (close < 0)
            {
                i += fence;
                continue;
            }

            if (i > start)
            {
                yield return (text[start..i], null);
            }

            yield return (text[(i + fence)..close], new string('`', fence));
            i = start = close + fence;
        }

        if (start < text.Length)
        {
            yield return (text[start..], null);
        }
    }

    private static int Run(string text, int at)
    {
        var end = at;
        while (end < text.Length && text[end] == '`')
        {
            end++;
        }

        return end - at;
    }

    /// <summary>Where the run of exactly <paramref name="fence"/> backticks that closes a span starts, or -1.</summary>
    private static int Close(string text, int from, int fence)
    {
        for (var i = from; i < text.Length;)
        {
            if (text[i] != '`')
            {
                i++;
                continue;
            }

            var run = Run(text, i);
            if (run == fence)
            {
                return i;
            }

            i += run;
        }

        return -1;
    }
}
