using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bisector.Cli.Tests;

/// <summary>Runs the built <c>bisector</c> as a real child process.</summary>
internal sealed class CliProcess
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "bisector.dll");

    public static string SampleConfig => Path.Combine(AppContext.BaseDirectory, "bisect-configs", "sample-minivm.json");

    /// <summary>
    /// The sample config with a deterministic default benchmark: callgrind's instruction count of a short add_local run,
    /// the same on a loaded machine as on a quiet one. Tests of control flow (exit codes, interrupt and resume, reports)
    /// use it, so that load on the test machine cannot change their outcome.
    /// </summary>
    public static string DeterministicConfig { get; } = WriteDeterministicConfig();

    /// <summary>The deterministic config's name: its private checkout is checkouts/&lt;name&gt; in the work dir.</summary>
    public const string DeterministicConfigName = "sample-minivm-counted";

    private static string WriteDeterministicConfig()
    {
        var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
        var config = JsonNode.Parse(File.ReadAllText(SampleConfig), documentOptions: options)!.AsObject();
        config["name"] = DeterministicConfigName;
        config["benchmarks"]!.AsObject()["add_local_counted"] = new JsonObject
        {
            ["command"] = "{artifacts}/minivm add_local 2000",
            ["metric"] = "callgrind",
            ["unit"] = "instructions",
            ["warmup"] = 0,
            ["timeoutSeconds"] = 120,
            // Off the CPU the timed tests' samples are pinned to (the last one), as the counting tests run beside them.
            ["cpu"] = "0",
        };
        config["defaultBenchmark"] = "add_local_counted";
        // Linked statically: valgrind then starts in a third of the time (no dynamic loader or libc to read), and these
        // tests take many counted samples. The instruction counts still step at the sample's culprit.
        var env = config["build"]!["env"]!.AsObject();
        env["OPT"] = $"{env["OPT"]!.GetValue<string>()} -static";
        var path = Path.Combine(Path.GetTempPath(), $"bisector-counted-{Environment.ProcessId}.json");
        File.WriteAllText(path, config.ToJsonString());
        return path;
    }

    public static Process Start(params string[] args) => Start(new Dictionary<string, string>(), args);

    /// <summary>Starts the binary with these variables set in its environment (XDG_CACHE_HOME, ...).</summary>
    public static Process Start(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        // A shell's background job inherits SIGINT ignored, and .NET then keeps it ignored: reset it, so that the
        // interrupt tests behave the same however the test run itself was started. env execs dotnet: same pid.
        var info = new ProcessStartInfo("env") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        info.ArgumentList.Add("--default-signal=INT");
        info.ArgumentList.Add("dotnet");
        info.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return Process.Start(info)!;
    }

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var process = Start(args);
        return await CaptureAsync(process);
    }

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var process = Start(environment, args);
        return await CaptureAsync(process);
    }

    /// <summary>Runs another program (dotnet, a script, ...) to its end and returns what it printed.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> CaptureProgramAsync(string program, params string[] args)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        return await CaptureAsync(process);
    }

    /// <summary>The longest any process a test starts may run: a hung child fails its test instead of the whole suite.</summary>
    public static TimeSpan Timeout { get; } = TimeSpan.FromMinutes(10);

    /// <summary>Waits for the process to end; past <see cref="Timeout"/> kills it and its children and fails the test.</summary>
    public static async Task WaitAsync(Process process)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{process.StartInfo.FileName} {string.Join(' ', process.StartInfo.ArgumentList)} ran longer than {Timeout.TotalMinutes} minutes and was killed.");
        }
    }

    private static async Task<(int ExitCode, string Output, string Error)> CaptureAsync(Process process)
    {
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await WaitAsync(process);
        return (process.ExitCode, await output, await error);
    }

    /// <summary>The clone this test binary was built from (the folder with Bisector.sln).</summary>
    public static string SourceRoot { get; } = FindSourceRoot();

    private static string FindSourceRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Bisector.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Bisector.sln above {AppContext.BaseDirectory}");
    }

    /// <summary>Runs another program (mv, ...) to its end.</summary>
    public static async Task<int> RunProgramAsync(string program, params string[] args)
    {
        using var process = Process.Start(program, args);
        await WaitAsync(process);
        return process.ExitCode;
    }
}
