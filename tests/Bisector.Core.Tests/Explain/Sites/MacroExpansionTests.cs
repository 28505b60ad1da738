using Bisector.Core.Explain;
using Bisector.Core.Explain.Sites;

namespace Bisector.Core.Tests.Explain.Sites;

/// <summary>What an edited macro did at its sites, when the compiler merged one site's code into another's and re-encoded a neighbour.</summary>
public sealed class MacroExpansionTests
{
    private sealed class Sources(string text) : ISourceFiles
    {
        public string? RepositoryPath(string debugPath) => debugPath;

        public string? Read(string repositoryPath) => text;
    }

    private static SiteComparison Site(int line, string[] added, string[] removed) =>
        new("eval", "ceval.c", line, 10, 10, SiteFinding.Changed, added.Select(InstructionShape.Of).ToArray(), removed.Select(InstructionShape.Of).ToArray(), 100, 100);

    [Fact]
    public void What_most_sites_share_is_what_the_macro_added_and_an_instruction_only_moved_or_re_encoded_is_not_part_of_it()
    {
        var source = string.Join('\n', Enumerable.Range(1, 10).Select(line => line % 2 == 0 ? "    DISPATCH();" : "    x++;"));
        string[] check = ["call   17f0 <threadstate_get>", "mov    rax,QWORD PTR [rax]", "mov    eax,DWORD PTR [rax]"];
        const string load = "mov    eax,DWORD PTR [rip+0x2af2]        # 4070 <runtime>";
        SiteComparison[] sites =
        [
            // Three sites: the load through the thread state instead of the runtime; the next opcode's byte read after it, as [r13+0x0].
            Site(2, [.. check, "movzx  esi,BYTE PTR [r13+0x0]"], [load, "movzx  ecx,BYTE PTR [r12]"]),
            Site(4, [.. check, "movzx  esi,BYTE PTR [r13+0x0]"], [load, "movzx  ecx,BYTE PTR [r12]"]),
            Site(6, check, [load]),
            // The compiler merged this site's check into another's: only its load is gone.
            Site(8, [], [load, "test   eax,eax", "jne    L3"]),
            Site(10, ["mov    rsi,QWORD PTR [rbx+rcx*8]"], []),
        ];

        var macro = SiteComparer.Expansions("EVAL_BREAKER_SET", sites, new Sources(source), ["DISPATCH"]);

        Assert.Equal(["call", "mov", "mov"], macro.TypicalAdded.Select(Mnemonic));
        Assert.Equal(["mov"], macro.TypicalRemoved.Select(Mnemonic));
        Assert.Contains("rip", Assert.Single(macro.TypicalRemoved), StringComparison.Ordinal);
        Assert.Equal(3, macro.Typical);

        static string Mnemonic(string shape) => shape.Split(' ')[0];
    }

    [Fact]
    public void A_base_register_written_with_a_zero_displacement_is_the_same_operand()
    {
        Assert.Equal(InstructionShape.Of("movzx  ecx,BYTE PTR [r12]"), InstructionShape.Of("movzx  esi,BYTE PTR [r13+0x0]"));
        Assert.NotEqual(InstructionShape.Of("movzx  ecx,BYTE PTR [r12]"), InstructionShape.Of("movzx  esi,BYTE PTR [r13+0x1]"));
    }

    [Fact]
    public void Alignment_padding_however_it_is_spaced_leaves_a_site_identical()
    {
        static FunctionCode Code(params string[] texts) =>
            new("eval", "vm", 0, texts.Length, texts.Select((text, i) => new Instruction(i, text, "ceval.c:37", 1)).ToArray());
        var parent = Code("mov    eax,0x1", "ret");
        string[][] padded =
        [
            ["mov    eax,0x1", "xchg   ax,ax", "ret"],
            ["mov    eax,0x1", "xchg ax,ax", "ret"],
            ["mov    eax,0x1", "L3: nop", "data16 cs nop WORD PTR [rax+rax*1+0x0]", "ret"],
        ];

        var sites = padded.Select(culprit => SiteComparer.Compare(parent, Code(culprit), new LineShift([]), new Sources(""), new Sources("")));

        Assert.All(sites, site => Assert.Equal(SiteFinding.Identical, Assert.Single(site).Finding));
    }
}
