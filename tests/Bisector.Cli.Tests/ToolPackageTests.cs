using System.Reflection;
using Bisector.Testing;

namespace Bisector.Cli.Tests;

/// <summary>Bisector installs as a .NET tool from the package `dotnet pack` makes, with its configs and sample inside.</summary>
// One at a time with the tests that time benchmarks: packing would be their noise.
[Collection(CountingCollection.Name)]
public sealed class ToolPackageTests
{
    private static string Configuration =>
        typeof(ToolPackageTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";

    [Fact(Timeout = 180_000)]
    public async Task The_packed_tool_installs_a_bisector_command_that_answers_help_and_carries_the_configs_and_the_sample()
    {
        using var work = new TempDirectory();
        var project = Path.Combine(CliProcess.SourceRoot, "src", "Bisector.Cli");

        // The test run built the CLI already: pack that build (into folders of this test only).
        var pack = await CliProcess.CaptureProgramAsync(
            "dotnet", "pack", project, "-c", Configuration, "--no-build", "--nologo", "-o", work.Combine("package"), $"-p:PublishDir={work.Combine("publish")}/");
        Assert.True(pack.ExitCode == 0, $"pack: exit {pack.ExitCode}\n{pack.Output}\n{pack.Error}");
        var install = await CliProcess.CaptureProgramAsync(
            "dotnet", "tool", "install", "--tool-path", work.Combine("tools"), "--add-source", work.Combine("package"), "--ignore-failed-sources", "Bisector.Cli");
        Assert.True(install.ExitCode == 0, $"install: exit {install.ExitCode}\n{install.Output}\n{install.Error}");

        var help = await CliProcess.CaptureProgramAsync(work.Combine("tools", "bisector"), "--help");
        var sample = await CliProcess.CaptureProgramAsync(work.Combine("tools", "bisector"), "sample", "create", work.Combine("sample"));

        Assert.True(help.ExitCode == 0, $"help: exit {help.ExitCode}\n{help.Output}\n{help.Error}");
        Assert.Contains("run", help.Output, StringComparison.Ordinal);
        Assert.Contains("demo", help.Output, StringComparison.Ordinal);
        var installed = Directory.EnumerateFiles(work.Combine("tools", ".store"), "*", SearchOption.AllDirectories).Select(f => f.Replace('\\', '/')).ToArray();
        Assert.Contains(installed, f => f.EndsWith("/bisect-configs/sample-minivm.json", StringComparison.Ordinal));
        Assert.Contains(installed, f => f.EndsWith("/bisect-configs/cpython-add-local.json", StringComparison.Ordinal));
        Assert.Contains(installed, f => f.EndsWith("/bisect-configs/cpython/package.sh", StringComparison.Ordinal));
        Assert.True(sample.ExitCode == 0, $"sample: exit {sample.ExitCode}\n{sample.Output}\n{sample.Error}");
        Assert.True(File.Exists(work.Combine("sample", "Makefile")) && Directory.Exists(work.Combine("sample", ".git")));
    }
}
