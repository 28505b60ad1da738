using System.Globalization;
using System.Text.RegularExpressions;

namespace Bisector.Execution.Profiling;

/// <summary>
/// Makes objdump's Intel-syntax instruction text comparable between builds: addresses that move when anything else
/// in the binary changes become symbols (<c>call &lt;threadstate_get&gt;</c>, <c>[rip+&lt;runtime+0x8&gt;]</c>) or labels
/// numbered in address order inside the function (<c>jne L3</c>), and runs of spaces become one.
/// </summary>
internal static partial class InstructionText
{
    /// <summary>The address a direct branch or call goes to, or a rip-relative operand points at (from objdump's comment); null if none.</summary>
    public static long? Target(string text)
    {
        if (RipComment().Match(text) is { Success: true } rip)
        {
            return RipOperand().IsMatch(rip.Groups["instruction"].Value) ? Hex(rip.Groups["address"].Value) : null;
        }

        return DirectTarget().Match(text) is { Success: true } direct ? Hex(direct.Groups["address"].Value) : null;
    }

    /// <summary>
    /// The normalized text: a target inside the function is its label from <paramref name="labels"/>, one outside it
    /// is objdump's <c>&lt;symbol+offset&gt;</c>.
    /// </summary>
    public static string Normalize(string text, IReadOnlyDictionary<long, string> labels)
    {
        string result;
        if (RipComment().Match(text) is { Success: true } rip)
        {
            var symbol = rip.Groups["symbol"].Success ? $"<{rip.Groups["symbol"].Value}>" : null;
            var target = labels.GetValueOrDefault(Hex(rip.Groups["address"].Value)) ?? symbol;
            var instruction = rip.Groups["instruction"].Value;
            result = target is null ? instruction : RipOperand().Replace(instruction, $"[rip+{target}]");
        }
        else if (DirectTarget().Match(text) is { Success: true } direct)
        {
            var target = labels.GetValueOrDefault(Hex(direct.Groups["address"].Value)) ?? $"<{direct.Groups["symbol"].Value}>";
            result = $"{direct.Groups["instruction"].Value} {target}";
        }
        else
        {
            result = text;
        }

        return Spaces().Replace(result.Trim(), " ");
    }

    private static long Hex(string text) => long.Parse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);

    /// <summary>"jne    15ea &lt;eval_code+0xca&gt;", "call   17e0 &lt;threadstate_get&gt;", "bnd jmp 1030 &lt;exit@plt&gt;".</summary>
    [GeneratedRegex(@"^(?<instruction>.*?\S)\s+(?<address>[0-9a-f]+) <(?<symbol>[^>]+)>\s*$")]
    private static partial Regex DirectTarget();

    /// <summary>"mov    eax,DWORD PTR [rip+0x2b02]        # 4070 &lt;runtime&gt;" (the symbol may be missing).</summary>
    [GeneratedRegex(@"^(?<instruction>.*?)\s+#\s*(?<address>[0-9a-f]+)(?: <(?<symbol>[^>]+)>)?\s*$")]
    private static partial Regex RipComment();

    [GeneratedRegex(@"\[rip[+-]0x[0-9a-f]+\]")]
    private static partial Regex RipOperand();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
