using System.Globalization;
using System.Text.RegularExpressions;
using Bisector.Execution.Processes;
using Bisector.Execution.Profiling;
using Bisector.Testing;

namespace Bisector.Execution.Tests.Profiling;

/// <summary>The callgrind parser against callgrind's own reader, on files callgrind wrote for a real minivm run.</summary>
[Collection(ProfilingCollection.Name)]
public sealed partial class CallgrindAnnotateTests(MinivmBuilds builds) : IDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly ProcessRunner _processes = new();

    private async Task<string> RunAsync(string command, string directory)
    {
        var result = await _processes.RunAsync(command, directory, new Dictionary<string, string>(), TimeSpan.FromSeconds(60), null, CancellationToken.None);
        Assert.True(result.Success, result.StandardError);
        return result.StandardOutput;
    }

    /// <summary>callgrind_annotate's "Ir (share)  file:function [object]" rows, summed per function (it splits inlined code by file).</summary>
    private static Dictionary<string, long> Annotated(string output, out long total)
    {
        total = 0;
        var functions = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (Match row in AnnotateRow().Matches(output))
        {
            var ir = long.Parse(row.Groups["ir"].Value.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);
            if (row.Groups["name"].Value == "PROGRAM TOTALS")
            {
                total = ir;
                continue;
            }

            var function = row.Groups["name"].Value[(row.Groups["name"].Value.IndexOf(':', StringComparison.Ordinal) + 1)..];
            functions[function] = functions.GetValueOrDefault(function) + ir;
        }

        return functions;
    }

    [Theory(Timeout = 60_000)]
    [InlineData("--compress-pos=no --compress-strings=no")]
    [InlineData("--compress-pos=yes --compress-strings=yes")]
    public async Task Function_totals_equal_callgrind_annotate_s(string compression)
    {
        var file = _folder.Combine("cg.out");
        await RunAsync($"valgrind --tool=callgrind --dump-instr=yes --dump-line=yes {compression} --callgrind-out-file={file} -- ./minivm add_local 2000", builds.Culprit.ArtifactDirectory);
        var annotated = Annotated(await RunAsync($"callgrind_annotate --auto=no --threshold=100 {file}", _folder.Path), out var total);

        var profile = CallgrindProfileParser.Parse(await File.ReadAllTextAsync(file));

        var parsed = profile.Functions.Symbols.GroupBy(s => s.Symbol).ToDictionary(g => g.Key, g => (long)g.Sum(s => s.Cost));
        Assert.Equal(annotated.OrderBy(f => f.Key, StringComparer.Ordinal), parsed.OrderBy(f => f.Key, StringComparer.Ordinal));
        Assert.Equal(total, profile.Functions.Total);
        Assert.Equal(total, profile.Executions.Values.Sum(e => e.Values.Sum()));
        Assert.Equal(profile.Functions.Cost("eval_code") + profile.Functions.Cost("threadstate_get"), profile.Lines.Where(l => l.Function is "eval_code" or "threadstate_get").Sum(l => l.Instructions));
    }

    [GeneratedRegex(@"^\s*(?<ir>[\d,]+) \(\s*[\d.]+%\)\s+(?<name>.+?)(?: \[[^\]]+\])?$", RegexOptions.Multiline)]
    private static partial Regex AnnotateRow();

    public void Dispose() => _folder.Dispose();
}
