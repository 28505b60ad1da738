using System.Globalization;
using Bisector.Core.Explain;

namespace Bisector.Reporting.Text;

/// <summary>One function's machine code in the culprit against its parent, in words.</summary>
public static class MachineCodeText
{
    /// <summary>The comparison in words: "identical machine code ...", "identical machine code, moved from 0x..40 to 0x..5a ...", "changed: +12 instructions ... in 3 hunks".</summary>
    public static string Describe(MachineCodeComparison comparison)
    {
        var (parent, culprit) = (comparison.ParentInstructions, comparison.CulpritInstructions);
        var sizes = $"{comparison.ParentSize.ToString("#,0", CultureInfo.InvariantCulture)} → {comparison.CulpritSize.ToString("#,0", CultureInfo.InvariantCulture)} bytes";
        return comparison.Finding switch
        {
            CodeFinding.Identical => $"identical machine code: the same {Count(culprit, "instruction")} ({comparison.CulpritSize} bytes) at the same alignment (offset {comparison.CulpritAddress % MachineCodeComparer.CacheLine} in its cache line)",
            CodeFinding.Moved =>
                $"identical machine code, moved from 0x{comparison.ParentAddress:x} to 0x{comparison.CulpritAddress:x} " +
                $"(offset in its cache line {comparison.ParentAddress % MachineCodeComparer.CacheLine} → {comparison.CulpritAddress % MachineCodeComparer.CacheLine}: alignment changed)",
            _ when parent == 0 => $"new in the culprit: {Count(culprit, "instruction")} ({comparison.CulpritSize} bytes)",
            _ when culprit == 0 => $"gone from the culprit: the parent had {Count(parent, "instruction")} ({comparison.ParentSize} bytes)",
            _ when comparison.Hunks.Count == 0 && comparison.RegistersChanged > 0 =>
                $"the same instructions with other registers or stack slots in {comparison.RegistersChanged} of them (register allocation changed)",
            _ => $"changed: {culprit - parent:+0;-0;±0} instructions " +
                 $"({comparison.Hunks.Sum(h => h.Added)} added, {comparison.Hunks.Sum(h => h.Removed)} removed) in {Count(comparison.Hunks.Count, "hunk")}" +
                 (comparison.RegistersChanged > 0 ? $"; {comparison.RegistersChanged} more use other registers or stack slots" : string.Empty) +
                 $"; {sizes}",
        };
    }

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count.ToString("#,0", CultureInfo.InvariantCulture)} {noun}s";
}
