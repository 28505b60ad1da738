using Bisector.Core.Configuration;
using Bisector.Execution.Building;
using Bisector.Execution.Processes;
using Bisector.Testing;

namespace Bisector.Execution.Tests.Building;

public sealed class BuildKeyTests : IDisposable
{
    private const string Compiler = "cc (Debian 12.2.0-14) 12.2.0\n12.2.0";
    private readonly TempDirectory _config = new();

    public BuildKeyTests()
    {
        Directory.CreateDirectory(_config.Combine("tools"));
        File.WriteAllText(_config.Combine("tools", "package.sh"), "cp prog dist/\n");
    }

    private BuildSettings Settings() => new(
        ["make -j{cores} prog", "sh {config}/tools/package.sh dist"],
        new Dictionary<string, string> { ["OPT"] = "-O2", ["CC"] = "gcc" },
        TimeSpan.FromMinutes(2),
        ["dist"],
        ["make clean"],
        ["Makefile"])
    { ConfigDirectory = _config.Path };

    [Fact]
    public void The_same_inputs_give_the_same_key_whatever_order_the_environment_is_listed_in()
    {
        var reordered = Settings() with { Environment = new Dictionary<string, string> { ["CC"] = "gcc", ["OPT"] = "-O2" } };

        Assert.Equal(BuildKey.Of(Settings(), Compiler), BuildKey.Of(reordered, Compiler));
    }

    [Fact]
    public void A_change_to_any_input_that_shapes_the_binary_gives_a_new_key_and_folder()
    {
        var original = BuildKey.Of(Settings(), Compiler);
        var changed = new List<BuildKey>
        {
            BuildKey.Of(Settings() with { Commands = ["make -j{cores} prog CFLAGS=-O3", "sh {config}/tools/package.sh dist"] }, Compiler),
            BuildKey.Of(Settings() with { CleanCommands = ["make distclean"] }, Compiler),
            BuildKey.Of(Settings() with { Environment = new Dictionary<string, string> { ["OPT"] = "-O0", ["CC"] = "gcc" } }, Compiler),
            BuildKey.Of(Settings() with { Artifacts = ["dist", "prog.map"] }, Compiler),
            BuildKey.Of(Settings(), "cc (Debian 13.1.0-1) 13.1.0\n13.1.0"),
            BuildKey.Of(Settings(), BuildKey.NoCompiler),
        };
        File.AppendAllText(_config.Combine("tools", "package.sh"), "strip dist/prog\n");
        changed.Add(BuildKey.Of(Settings(), Compiler));

        Assert.Equal(changed.Count + 1, changed.Append(original).Select(k => k.Hash).Distinct().Count());
        Assert.Equal(changed.Count + 1, changed.Append(original).Select(k => k.DirectoryIn("/cache")).Distinct().Count());
        Assert.Equal(Path.Combine("/cache", original.Hash), original.DirectoryIn("/cache"));
    }

    [Fact]
    public void What_does_not_shape_the_binary_keeps_the_key()
    {
        var original = BuildKey.Of(Settings(), Compiler);

        var longerTimeout = BuildKey.Of(Settings() with { Timeout = TimeSpan.FromHours(1) }, Compiler);
        var noCcache = BuildKey.Of(Settings() with { UseCcache = false }, Compiler);

        Assert.Equal(original, longerTimeout);
        Assert.Equal(original, noCcache);
    }

    [Fact]
    public void Helper_scripts_are_found_through_config_references_in_build_and_clean_commands()
    {
        File.WriteAllText(_config.Combine("clean.sh"), "rm -rf dist\n");

        var digests = ConfigFiles.Digests(["sh {config}/tools/package.sh dist", "{config}/clean.sh && {config}/missing.sh", "make"], _config.Path);

        Assert.Equal(["clean.sh", "missing.sh", "tools/package.sh"], digests.Select(d => d.Split(' ')[0]));
        Assert.Equal("missing.sh missing", digests[1]);
        Assert.Matches("^tools/package.sh [0-9a-f]{64}$", digests[2]);
    }

    [Fact(Timeout = 60_000)]
    public async Task The_compiler_is_asked_for_its_identity_once_and_that_answer_is_part_of_the_key()
    {
        var processes = new ProcessRunner();

        var identity = await BuildKey.CompilerIdentityAsync(Settings(), processes, CancellationToken.None);
        var key = await BuildKey.ComputeAsync(Settings(), processes, CancellationToken.None);

        Assert.NotEqual(BuildKey.NoCompiler, identity);
        Assert.Contains("gcc", identity, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(BuildKey.Of(Settings(), identity), key);
        Assert.NotEqual(BuildKey.Of(Settings(), BuildKey.NoCompiler), key);
    }

    public void Dispose() => _config.Dispose();
}
