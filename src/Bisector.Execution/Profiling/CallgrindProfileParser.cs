using System.Globalization;
using Bisector.Core.Explain;

namespace Bisector.Execution.Profiling;

/// <summary>
/// Reads callgrind output files (<c>--dump-instr=yes --dump-line=yes</c>) into instructions per function, per source
/// line and per instruction address. Self cost only: the cost line after each <c>calls=</c> line is the callee's
/// inclusive cost and is skipped, so per-function totals are those of <c>callgrind_annotate --auto=no</c>.
/// </summary>
/// <remarks>
/// Follows the format reference (valgrind.org/docs/manual/cl-format.html): positions may be absolute (hex or
/// decimal) or relative to the previous cost line (<c>+N</c>, <c>-N</c>, <c>*</c>); names may be compressed as
/// <c>(id) name</c> on first use and <c>(id)</c> after, with one table for files (<c>fl= fi= fe= cfi= cfl= jfi=</c>),
/// one for functions (<c>fn= cfn= jfn=</c>) and one for objects (<c>ob= cob=</c>).
/// </remarks>
public static class CallgrindProfileParser
{
    /// <summary>One profile summed over every file of a run (callgrind writes one per process it follows), each file given as its lines.</summary>
    public static InstructionProfile Parse(IEnumerable<IEnumerable<string>> files)
    {
        var sum = new CallgrindSums();
        foreach (var lines in files)
        {
            ParseFile(lines, sum);
        }

        return sum.ToProfile();
    }

    /// <summary>One profile from the text of one callgrind file.</summary>
    public static InstructionProfile Parse(string text) => Parse([text.Split('\n')]);

    private static void ParseFile(IEnumerable<string> lines, CallgrindSums sum)
    {
        var names = new Dictionary<(string Table, string Id), string>();
        var hasAddress = false;
        var hasLine = true;
        string obj = "???", file = "???", function = "???";
        long address = 0, line = 0, costs = 0;
        long? total = null;
        var skipInclusive = false;

        foreach (var raw in lines)
        {
            var row = raw.TrimEnd('\r');
            if (row.Length == 0 || row[0] == '#')
            {
                continue;
            }

            if (IsPositionStart(row[0]))
            {
                var cost = ReadCostLine(row, hasAddress, hasLine, ref address, ref line);
                if (skipInclusive)
                {
                    skipInclusive = false;
                    continue;
                }

                costs += cost;
                sum.Add(obj, function, file, hasAddress ? address : null, hasLine ? (int)line : 0, cost);
                continue;
            }

            var equals = row.IndexOf('=', StringComparison.Ordinal);
            var colon = row.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && (equals < 0 || colon < equals))
            {
                var key = row[..colon];
                var value = row[(colon + 1)..].Trim();
                if (key == "positions")
                {
                    var kinds = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    hasAddress = kinds.Contains("instr");
                    hasLine = kinds.Contains("line");
                }
                else if (key is "summary" or "totals" && value.Length > 0)
                {
                    total = Number(value.Split(' ')[0]);
                }

                continue;
            }

            if (equals <= 0)
            {
                continue;
            }

            var value2 = row[(equals + 1)..];
            switch (row[..equals])
            {
                case "ob":
                    obj = Name(names, "ob", value2);
                    break;
                case "cob":
                    _ = Name(names, "ob", value2);
                    break;
                case "fl":
                case "fi":
                case "fe":
                    file = Name(names, "fl", value2);
                    break;
                case "cfi":
                case "cfl":
                case "jfi":
                    _ = Name(names, "fl", value2);
                    break;
                case "fn":
                    function = Name(names, "fn", value2);
                    break;
                case "cfn":
                case "jfn":
                    _ = Name(names, "fn", value2);
                    break;
                case "calls":
                    skipInclusive = true;
                    break;
            }
        }

        sum.AddTotal(total ?? costs);
    }

    private static bool IsPositionStart(char c) => char.IsAsciiDigit(c) || c is '+' or '-' or '*';

    /// <summary>Reads a cost line's positions (updating the previous ones it is relative to) and returns its first event count.</summary>
    private static long ReadCostLine(string row, bool hasAddress, bool hasLine, ref long address, ref long line)
    {
        var fields = row.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var next = 0;
        if (hasAddress && next < fields.Length)
        {
            address = Position(fields[next++], address);
        }

        if (hasLine && next < fields.Length)
        {
            line = Position(fields[next++], line);
        }

        return next < fields.Length ? Number(fields[next]) : 0;
    }

    private static long Position(string field, long previous) => field[0] switch
    {
        '*' => previous,
        '+' => previous + Number(field[1..]),
        '-' => previous - Number(field[1..]),
        _ => Number(field),
    };

    private static long Number(string text) => text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
        ? long.Parse(text.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture)
        : long.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>"(12) name" defines id 12, "(12)" refers to it, anything else (such as "(below main)") is the name itself.</summary>
    private static string Name(Dictionary<(string Table, string Id), string> names, string table, string value)
    {
        if (value.Length > 2 && value[0] == '(')
        {
            var close = value.IndexOf(')', StringComparison.Ordinal);
            var id = close > 1 ? value[1..close] : string.Empty;
            if (id.Length > 0 && id.All(char.IsAsciiDigit))
            {
                var name = value[(close + 1)..].Trim();
                if (name.Length == 0)
                {
                    return names.GetValueOrDefault((table, id), value);
                }

                names[(table, id)] = name;
                return name;
            }
        }

        return value;
    }
}
