using Bisector.Execution.Profiling;

namespace Bisector.Execution.Tests.Profiling;

/// <summary>objdump 2.40's disassembly of the regressed minivm's eval_code (Intel syntax, with -l source lines).</summary>
public sealed class DisassemblyParserTests
{
    private const long EvalCode = 0x1520;
    private const long Size = 0x29f;

    private static readonly string s_objdump = CapturedOutput.Read("objdump-eval_code-regressed.txt");

    [Fact]
    public void Nm_gives_the_address_and_size_of_a_function_and_nothing_for_data_or_missing_names()
    {
        const string nm = "0000000000001520 000000000000029f T eval_code\n0000000000001970 000000000000004d t emit\n" +
            "0000000000004070 0000000000000010 B runtime\n                 U fprintf@GLIBC_2.2.5\n0000000000001510 t frame_dummy\n";

        Assert.Equal((0x1520L, 0x29fL), DisassemblyParser.FindSymbol(nm, "eval_code"));
        Assert.Equal((0x1970L, 0x4dL), DisassemblyParser.FindSymbol(nm, "emit"));
        Assert.Null(DisassemblyParser.FindSymbol(nm, "runtime"));
        Assert.Null(DisassemblyParser.FindSymbol(nm, "threadstate_get"));
    }

    [Fact]
    public void Jump_targets_inside_the_function_become_labels_numbered_in_address_order()
    {
        var code = DisassemblyParser.Parse(s_objdump, "eval_code", "/b/minivm", EvalCode, Size, null)!;

        var jne = code.Instructions.Single(i => i.Offset == 0x157c - EvalCode);
        var target = code.Instructions.Single(i => i.Offset == 0x1593 - EvalCode);
        Assert.Matches(@"^jne L\d+$", jne.Text);
        Assert.Equal($"{jne.Text[4..]}: mov DWORD PTR [rip+<runtime>],0x0", target.Text);
        var labels = code.Instructions.Where(i => i.Text.StartsWith('L')).Select(i => int.Parse(i.Text[1..i.Text.IndexOf(':', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Enumerable.Range(1, labels.Count()), labels);
    }

    [Fact]
    public void Calls_and_rip_relative_operands_name_their_symbols_instead_of_addresses()
    {
        var code = DisassemblyParser.Parse(s_objdump, "eval_code", "/b/minivm", EvalCode, Size, null)!;

        var texts = code.Instructions.Select(i => i.Text).ToList();
        Assert.Contains("L1: call <threadstate_get>", texts);
        Assert.Contains("lea rbx,[rip+<opcode_targets.0>]", texts);
        Assert.Contains("jmp QWORD PTR [rbx+rsi*8]", texts);
        Assert.DoesNotContain(texts, t => t.Contains("  ", StringComparison.Ordinal) || t.Contains('#', StringComparison.Ordinal) || t.Contains("17e0", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_instruction_has_its_offset_its_source_line_and_its_execution_count()
    {
        var executions = new Dictionary<long, long> { [0x1570] = 306_005, [0x1520] = 1 };

        var code = DisassemblyParser.Parse(s_objdump, "eval_code", "/b/minivm", EvalCode, Size, executions)!;

        Assert.Equal((EvalCode, Size, "/b/minivm"), (code.Address, code.Size, code.Binary));
        Assert.Equal(new(0, "push rbp", "/build/minivm/ceval.c:12", 1), code.Instructions[0]);
        var call = code.Instructions.Single(i => i.Offset == 0x50);
        Assert.Equal(("L1: call <threadstate_get>", "/build/minivm/ceval.c:112", 306_005L), (call.Text, call.Source, call.Executions));
        Assert.Equal("/build/minivm/ceval.c:112", code.Instructions.Single(i => i.Offset == 0x157e - EvalCode).Source);
        Assert.Equal(0, code.Instructions[^1].Executions);
    }

    [Fact]
    public void Output_without_the_function_gives_no_code()
    {
        Assert.Null(DisassemblyParser.Parse(s_objdump, "eval_code", "/b/minivm", 0x1840, 8, null));
    }
}
