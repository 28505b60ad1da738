using System.Text.RegularExpressions;

namespace Bisector.Core.Explain;

/// <summary>
/// An instruction with its registers, stack-slot offsets and label numbers left out: what stays the same when the
/// compiler only allocated registers differently. Two builds are aligned on shapes, so that a register rename is not
/// reported as a removed and an added instruction.
/// </summary>
public static partial class InstructionShape
{
    public static string Of(string text)
    {
        var shape = Label().Replace(text, string.Empty);
        shape = LabelReference().Replace(shape, "L");
        shape = StackSlot().Replace(shape, "[R$1off]");
        // [r13+0x0] is [r13]: r13 and rbp as a base need a displacement byte, so one allocation writes it and another does not.
        shape = shape.Replace("+0x0]", "]", StringComparison.Ordinal);
        return Register().Replace(shape, "R");
    }

    [GeneratedRegex(@"^L\d+:\s*")]
    private static partial Regex Label();

    [GeneratedRegex(@"\bL\d+\b")]
    private static partial Regex LabelReference();

    [GeneratedRegex(@"\[(?:rbp|rsp)([+-])0x[0-9a-f]+\]")]
    private static partial Regex StackSlot();

    /// <summary>x86-64 general-purpose and vector registers (not rip: a rip-relative operand names its symbol).</summary>
    [GeneratedRegex(@"\b(?:r(?:[abcd]x|[sd]i|[sb]p)|e(?:[abcd]x|[sd]i|[sb]p)|[abcd][lhx]|[sd]il|[sb]pl|[sd]i|[sb]p|r(?:8|9|1[0-5])[dwb]?|[xyz]mm\d{1,2})\b")]
    private static partial Regex Register();
}
