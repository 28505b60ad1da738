using Bisector.Core.Explain;

namespace Bisector.Core.Tests.Explain;

public sealed class MachineCodeComparerTests
{
    private static FunctionCode Code(long address, params string[] texts) =>
        new("eval_code", "/bin/minivm", address, texts.Length * 4, texts.Select((t, i) => new Instruction(i * 4, t, null, null)).ToArray());

    private static readonly string[] s_loop = ["push rbp", "mov rbp,rsp", "L1: movzx eax,BYTE PTR [rbx]", "mov eax,DWORD PTR [rip+<runtime>]", "test eax,eax", "jne L2", "jmp rax", "L2: call <handle_eval_breaker>", "pop rbp", "ret"];

    [Fact]
    public void The_same_instructions_at_the_same_alignment_are_identical()
    {
        var comparison = MachineCodeComparer.Compare(Code(0x1500, s_loop), Code(0x1540, s_loop));

        Assert.Equal(CodeFinding.Identical, comparison.Finding);
        Assert.Empty(comparison.Hunks);
    }

    [Fact]
    public void The_same_instructions_at_another_cache_line_offset_have_moved()
    {
        var comparison = MachineCodeComparer.Compare(Code(0x1540, s_loop), Code(0x155a, s_loop));

        Assert.Equal(CodeFinding.Moved, comparison.Finding);
        Assert.Equal((0x1540L, 0x155aL), (comparison.ParentAddress, comparison.CulpritAddress));
    }

    [Fact]
    public void Added_instructions_show_as_one_hunk_with_context_on_both_sides()
    {
        var after = s_loop.ToList();
        after[3] = "call <threadstate_get>";
        after.Insert(4, "mov rax,QWORD PTR [rax+0x8]");
        after.Insert(5, "mov eax,DWORD PTR [rax]");

        var comparison = MachineCodeComparer.Compare(Code(0x1500, s_loop), Code(0x1500, [.. after]));

        Assert.Equal(CodeFinding.Changed, comparison.Finding);
        var hunk = Assert.Single(comparison.Hunks);
        Assert.Equal(3, hunk.Added);
        Assert.Equal(1, hunk.Removed);
        Assert.Equal("mov eax,DWORD PTR [rip+<runtime>]", hunk.Lines.Single(l => l.Kind == '-').Parent!.Text);
        Assert.Equal(' ', hunk.Lines[0].Kind);
        Assert.Equal(' ', hunk.Lines[^1].Kind);
        Assert.Equal((10, 12, 40L, 48L), (comparison.ParentInstructions, comparison.CulpritInstructions, comparison.ParentSize, comparison.CulpritSize));
    }

    [Fact]
    public void Other_registers_and_stack_slots_for_the_same_instructions_are_register_allocation_not_new_code()
    {
        var after = s_loop.Select(t => t.Replace("eax", "ecx", StringComparison.Ordinal).Replace("[rbx]", "[r12]", StringComparison.Ordinal)).ToArray();

        var comparison = MachineCodeComparer.Compare(Code(0x1500, s_loop), Code(0x1500, after));

        Assert.Equal(CodeFinding.Changed, comparison.Finding);
        Assert.Empty(comparison.Hunks);
        Assert.Equal(3, comparison.RegistersChanged);
    }

    [Fact]
    public void An_added_call_among_renamed_registers_is_one_hunk_with_the_renames_marked_beside_it()
    {
        var after = s_loop.Select(t => t.Replace("eax", "ecx", StringComparison.Ordinal)).ToList();
        after.Insert(3, "call <threadstate_get>");

        var comparison = MachineCodeComparer.Compare(Code(0x1500, s_loop), Code(0x1500, [.. after]));

        var hunk = Assert.Single(comparison.Hunks);
        Assert.Equal((1, 0), (hunk.Added, hunk.Removed));
        Assert.Equal("call <threadstate_get>", hunk.Lines.Single(l => l.Kind == '+').Culprit!.Text);
        Assert.Contains(hunk.Lines, l => l.Kind == '~');
        Assert.Equal(3, comparison.RegistersChanged);
    }

    [Fact]
    public void The_edit_script_rebuilds_both_sequences()
    {
        var random = new Random(7);
        for (var trial = 0; trial < 200; trial++)
        {
            var before = Enumerable.Range(0, random.Next(0, 30)).Select(_ => random.Next(0, 5)).ToArray();
            var after = Enumerable.Range(0, random.Next(0, 30)).Select(_ => random.Next(0, 5)).ToArray();

            var script = SequenceDiff.Align(before, after, 100);

            Assert.Equal(before, script.Where(p => p.Old is not null).Select(p => before[p.Old!.Value]));
            Assert.Equal(after, script.Where(p => p.New is not null).Select(p => after[p.New!.Value]));
            Assert.All(script.Where(p => p.Old is not null && p.New is not null), p => Assert.Equal(before[p.Old!.Value], after[p.New!.Value]));
            Assert.Equal(LongestCommonSubsequence(before, after), script.Count(p => p.Old is not null && p.New is not null));
        }
    }

    [Fact]
    public void Beyond_the_edit_budget_the_script_is_anchored_on_unique_elements_and_still_rebuilds_both_sides()
    {
        var random = new Random(11);
        for (var trial = 0; trial < 100; trial++)
        {
            var before = Enumerable.Range(0, random.Next(0, 60)).Select(_ => random.Next(0, 40)).ToArray();
            var after = before.Where(_ => random.NextDouble() > 0.2).Select(v => random.NextDouble() < 0.1 ? random.Next(0, 40) : v).ToArray();

            var script = SequenceDiff.Align(before, after, maxEdits: 1);

            Assert.Equal(before, script.Where(p => p.Old is not null).Select(p => before[p.Old!.Value]));
            Assert.Equal(after, script.Where(p => p.New is not null).Select(p => after[p.New!.Value]));
            Assert.All(script.Where(p => p.Old is not null && p.New is not null), p => Assert.Equal(before[p.Old!.Value], after[p.New!.Value]));
        }
    }

    [Fact]
    public void A_macro_expanded_in_many_places_of_a_long_function_gives_one_hunk_per_place_not_a_rewrite()
    {
        // 400 dispatch sites, each followed by its own handler; the change adds a call to every site.
        var parent = Enumerable.Range(0, 400).SelectMany(i => new[] { $"L{i}: mov eax,DWORD PTR [rip+<runtime>]", "test eax,eax", $"jne <breaker+{i}>", $"add rbx,{i}" }).ToArray();
        var culprit = Enumerable.Range(0, 400).SelectMany(i => new[] { $"L{i}: call <threadstate_get>", "mov eax,DWORD PTR [rax]", "test eax,eax", $"jne <breaker+{i}>", $"add rbx,{i}" }).ToArray();

        var comparison = MachineCodeComparer.Compare(Code(0x1000, parent), Code(0x1000, culprit));

        Assert.Equal(CodeFinding.Changed, comparison.Finding);
        Assert.Equal(800, comparison.Hunks.Sum(h => h.Added));
        Assert.Equal(400, comparison.Hunks.Sum(h => h.Removed));
        Assert.Equal(400, comparison.CulpritInstructions - comparison.ParentInstructions);
        var call = comparison.Shapes.Single(c => c.Shape == "call <threadstate_get>");
        Assert.Equal((0, 400), (call.ParentCount, call.CulpritCount));
    }

    [Fact]
    public void A_bounded_report_shows_the_hunks_whose_changes_ran_most_in_their_order_and_a_window_around_the_hottest_change()
    {
        static Instruction At(int offset, string text, long runs) => new(offset, text, null, runs);
        CodeHunk Hunk(long runs, int length) => new(Enumerable.Range(0, length)
            .Select(i => i == length / 3 ? new CodeLine(null, At(i, "call <threadstate_get>", runs)) : new CodeLine(At(i, "nop", 1), At(i, "nop", 1))).ToArray());
        var comparison = new MachineCodeComparison("f", CodeFinding.Changed, 0, 0, 0, 0, 0, 0, [Hunk(5, 7), Hunk(900, 7), Hunk(20, 7), Hunk(1, 300)]);

        var shown = comparison.Hottest(2);
        var (lines, before, after) = comparison.Hunks[3].Window(30);

        Assert.Equal([2, 3], shown.Select(h => h.Number));
        Assert.Equal(30, lines.Count);
        Assert.Contains(lines, l => l.Kind == '+');
        Assert.Equal(300, before + lines.Count + after);
        Assert.Equal((comparison.Hunks[0].Lines, 0, 0), comparison.Hunks[0].Window(30));
    }

    private static int LongestCommonSubsequence(int[] a, int[] b)
    {
        var table = new int[a.Length + 1, b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                table[i, j] = a[i - 1] == b[j - 1] ? table[i - 1, j - 1] + 1 : Math.Max(table[i - 1, j], table[i, j - 1]);
            }
        }

        return table[a.Length, b.Length];
    }
}
