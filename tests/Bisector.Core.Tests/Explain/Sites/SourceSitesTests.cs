using Bisector.Core.Explain;
using Bisector.Core.Explain.Sites;

namespace Bisector.Core.Tests.Explain.Sites;

public sealed class SourceSitesTests
{
    /// <summary>The commit's tree holds Python/ceval.c; debug info names it under whichever checkout compiled it.</summary>
    private sealed class Tree : ISourceFiles
    {
        public string? RepositoryPath(string debugPath) => debugPath.EndsWith("/Python/ceval.c", StringComparison.Ordinal) ? "Python/ceval.c" : null;

        public string? Read(string repositoryPath) => null;
    }

    [Fact]
    public void Named_gives_each_instruction_its_repository_path_and_keeps_sources_the_commit_does_not_have()
    {
        var code = new FunctionCode("_PyEval_EvalFrameDefault", "/bin/python", 0x1000, 16,
        [
            new Instruction(0x0, "call <PyThreadState_Get>", "/work/a/checkouts/cpython/Python/ceval.c:1902", 792651) { SampleShare = 0.02 },
            new Instruction(0x5, "cmp QWORD PTR [rax+0x10],0x0", "/cache/other-work-dir/checkouts/cpython/Python/ceval.c:1902 (discriminator 3)", 792651),
            new Instruction(0xa, "mov rax,QWORD PTR [rdi]", "/usr/include/x86_64-linux-gnu/bits/string_fortified.h:29", 10),
            new Instruction(0xd, "ret", null, 1),
        ]);

        var named = new SourceSites(new Tree()).Named(code);

        Assert.Equal(["Python/ceval.c:1902", "Python/ceval.c:1902", "/usr/include/x86_64-linux-gnu/bits/string_fortified.h:29", null], named.Instructions.Select(i => i.Source));
        Assert.Equal(code.Instructions.Select(i => (i.Offset, i.Text, i.Executions, i.SampleShare)), named.Instructions.Select(i => (i.Offset, i.Text, i.Executions, i.SampleShare)));
        Assert.Equal((code.Symbol, code.Address, code.Size), (named.Symbol, named.Address, named.Size));
    }
}
