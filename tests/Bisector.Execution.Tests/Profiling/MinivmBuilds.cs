using Bisector.Core.Abstractions;
using Bisector.Execution.Processes;
using Bisector.Testing;

namespace Bisector.Execution.Tests.Profiling;

/// <summary>
/// The sample interpreter built three times for the profiling tests: as it is, the same source linked in another
/// order (other addresses, same code), and with the known regression (the eval-breaker check reaches the thread
/// state through threadstate_get on every dispatch).
/// </summary>
public sealed class MinivmBuilds : IAsyncLifetime
{
    /// <summary>Bytecode instructions add_local dispatches per loop: a 4-instruction head, 36 additions of 4, a 5-instruction tail.</summary>
    public const int DispatchesPerLoop = 4 + (36 * 4) + 5;

    private const string Flags = "-DNDEBUG -g -O2 -Wall -fno-omit-frame-pointer";
    private const string Fast = "__atomic_load_n(&runtime.ceval.eval_breaker, __ATOMIC_RELAXED)";
    private const string Slow = "__atomic_load_n(&threadstate_get()->interp->ceval.eval_breaker, __ATOMIC_RELAXED)";

    private readonly TempDirectory _folder = new("bisector-minivm");
    private readonly ProcessRunner _processes = new();

    public BuildOutcome Parent { get; private set; } = null!;

    public BuildOutcome Relinked { get; private set; } = null!;

    public BuildOutcome Culprit { get; private set; } = null!;

    public static string Binary(BuildOutcome build) => Path.Combine(build.ArtifactDirectory, "minivm");

    public async Task InitializeAsync()
    {
        Parent = await BuildAsync("parent", source => source, string.Empty);
        Relinked = await BuildAsync("relinked", source => source, "OBJS='main.o object.o pystate.o ceval.o'");
        Culprit = await BuildAsync("culprit", source => source.Replace(Fast, Slow, StringComparison.Ordinal), string.Empty);
    }

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }

    private async Task<BuildOutcome> BuildAsync(string name, Func<string, string> macros, string makeArguments)
    {
        var directory = _folder.Combine(name);
        Directory.CreateDirectory(directory);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "minivm")))
        {
            File.Copy(file, Path.Combine(directory, Path.GetFileName(file)));
        }

        var header = Path.Combine(directory, "ceval_macros.h");
        var source = await File.ReadAllTextAsync(header);
        Assert.Contains(Fast, source, StringComparison.Ordinal);
        await File.WriteAllTextAsync(header, macros(source));
        var make = await _processes.RunAsync($"make -s OPT='{Flags}' {makeArguments} minivm", directory, new Dictionary<string, string>(), TimeSpan.FromMinutes(2), null, CancellationToken.None);
        Assert.True(make.Success, make.StandardError);
        return new BuildOutcome(true, BuildKind.Clean, directory, directory, 0, "build.log", null);
    }
}
