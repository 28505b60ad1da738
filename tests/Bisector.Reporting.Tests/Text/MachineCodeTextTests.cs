using Bisector.Core.Explain;
using Bisector.Reporting.Text;
using Xunit;

namespace Bisector.Reporting.Tests.Text;

public sealed class MachineCodeTextTests
{
    private static readonly string[] s_loop = ["push rbp", "mov rbp,rsp", "L1: movzx eax,BYTE PTR [rbx]", "mov eax,DWORD PTR [rip+<runtime>]", "test eax,eax", "jne L2", "jmp rax", "L2: call <handle_eval_breaker>", "pop rbp", "ret"];

    private static FunctionCode Code(long address, params string[] texts) =>
        new("eval_code", "/bin/minivm", address, texts.Length * 4, texts.Select((t, i) => new Instruction(i * 4, t, null, null)).ToArray());

    public static TheoryData<string[], long, string> Comparisons() => new()
    {
        { s_loop, 0x1540, "identical machine code: the same 10 instructions (40 bytes) at the same alignment (offset 0 in its cache line)" },
        { s_loop, 0x155a, "identical machine code, moved from 0x1500 to 0x155a (offset in its cache line 0 → 26: alignment changed)" },
        {
            [.. s_loop[..3], "call <threadstate_get>", "mov rax,QWORD PTR [rax+0x8]", "mov eax,DWORD PTR [rax]", .. s_loop[4..]],
            0x1500,
            "changed: +2 instructions (3 added, 1 removed) in 1 hunk; 40 → 48 bytes"
        },
        {
            s_loop.Select(t => t.Replace("eax", "ecx", StringComparison.Ordinal).Replace("[rbx]", "[r12]", StringComparison.Ordinal)).ToArray(),
            0x1500,
            "the same instructions with other registers or stack slots in 3 of them (register allocation changed)"
        },
        {
            [.. s_loop[..3].Select(t => t.Replace("eax", "ecx", StringComparison.Ordinal)), "call <threadstate_get>", .. s_loop[3..].Select(t => t.Replace("eax", "ecx", StringComparison.Ordinal))],
            0x1500,
            "changed: +1 instructions (1 added, 0 removed) in 1 hunk; 3 more use other registers or stack slots; 40 → 44 bytes"
        },
    };

    [Theory]
    [MemberData(nameof(Comparisons))]
    public void A_machine_code_comparison_reads_as_what_changed(string[] culprit, long culpritAddress, string expected) =>
        Assert.Equal(expected, MachineCodeText.Describe(MachineCodeComparer.Compare(Code(0x1500, s_loop), Code(culpritAddress, culprit))));
}
