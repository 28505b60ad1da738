using System.Globalization;
using System.Text.RegularExpressions;
using Bisector.Core.Explain;

namespace Bisector.Execution.Profiling;

/// <summary>
/// Reads <c>nm -S</c> (a symbol's address and size) and <c>objdump -d --no-show-raw-insn -M intel -l --disassemble=SYMBOL</c>
/// (its instructions, each after the "file:line" it came from) into a <see cref="FunctionCode"/> whose instruction
/// texts compare between builds.
/// </summary>
public static partial class DisassemblyParser
{
    /// <summary>The first code symbol of that name in <c>nm -S</c> output ("0000000000001520 00000000000002f5 T eval_code"); null if none.</summary>
    public static (long Address, long Size)? FindSymbol(string nm, string symbol)
    {
        foreach (var row in nm.Split('\n'))
        {
            var fields = row.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length == 4 && fields[3] == symbol && fields[2] is "T" or "t" or "W" or "w")
            {
                return (Hex(fields[0]), Hex(fields[1]));
            }
        }

        return null;
    }

    /// <summary>The function that starts at <paramref name="address"/>; null when the output has no such function.</summary>
    public static FunctionCode? Parse(string objdump, string symbol, string binary, long address, long size, IReadOnlyDictionary<long, long>? executions)
    {
        var raw = Instructions(objdump, address);
        if (raw is null)
        {
            return null;
        }

        var inside = raw
            .Select(i => InstructionText.Target(i.Text))
            .OfType<long>()
            .Where(target => target >= address && target < address + size)
            .Distinct()
            .Order()
            .Select((target, index) => (target, label: $"L{index + 1}"))
            .ToDictionary(t => t.target, t => t.label);

        var instructions = raw.Select(i =>
        {
            var text = InstructionText.Normalize(i.Text, inside);
            var labelled = inside.TryGetValue(i.Address, out var label) ? $"{label}: {text}" : text;
            long? count = executions is null ? null : executions.GetValueOrDefault(i.Address);
            return new Instruction(i.Address - address, labelled, i.Source, count);
        }).ToList();
        return new FunctionCode(symbol, binary, address, size, instructions);
    }

    /// <summary>The raw instructions of the block headed "0000000000001520 &lt;eval_code&gt;:", with the source line each follows.</summary>
    private static List<(long Address, string Text, string? Source)>? Instructions(string objdump, long address)
    {
        List<(long, string, string?)>? found = null;
        string? source = null;
        foreach (var row in objdump.Split('\n'))
        {
            var line = row.TrimEnd('\r');
            if (FunctionHeader().Match(line) is { Success: true } header)
            {
                if (found is not null)
                {
                    break;
                }

                if (Hex(header.Groups["address"].Value) == address)
                {
                    found = [];
                    source = null;
                }

                continue;
            }

            if (found is null)
            {
                continue;
            }

            if (InstructionLine().Match(line) is { Success: true } instruction)
            {
                found.Add((Hex(instruction.Groups["address"].Value), instruction.Groups["text"].Value, source));
            }
            else if (SourceLine().Match(line) is { Success: true } at)
            {
                source = $"{at.Groups["file"].Value}:{at.Groups["line"].Value}";
            }
            else if (line.StartsWith("Disassembly of section", StringComparison.Ordinal))
            {
                break;
            }
        }

        return found;
    }

    private static long Hex(string text) => long.Parse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<address>[0-9a-f]+) <(?<symbol>.+)>:$")]
    private static partial Regex FunctionHeader();

    [GeneratedRegex(@"^\s+(?<address>[0-9a-f]+):\t(?<text>.*)$")]
    private static partial Regex InstructionLine();

    /// <summary>"/src/ceval.c:112" or "/src/ceval.c:112 (discriminator 2)"; an inlined function's "name():" line is not one.</summary>
    [GeneratedRegex(@"^(?<file>\S.*):(?<line>\d+)(?: \(discriminator \d+\))?$")]
    private static partial Regex SourceLine();
}
