using Bisector.Core.Abstractions;
using Bisector.Core.Domain;
using Bisector.Core.Explain.Sites;
using Bisector.Core.Findings;
using Bisector.Core.Progress;

namespace Bisector.Core.Explain;

/// <summary>
/// Explains a culprit against its parent, from the builds the bisection already made: profiles of both (time and
/// instructions), the machine code of the most regressed functions, and whether the changed source runs.
/// Orchestration only: the tools sit behind <see cref="IProfiler"/>, the repository behind <see cref="ICommitGraph"/>.
/// </summary>
public sealed class CulpritExplainer(ICommitGraph graph, IBuilder builder, IProfiler profiler, ISessionObserver observer)
{
    /// <summary>Functions whose machine code is compared: the most regressed ones.</summary>
    public const int DisassembledSymbols = 3;

    /// <param name="timeRatio">The culprit's measured time over the parent's, which turns sample shares into time; null when not measured (the profiles' own sample counts then give it).</param>
    public async Task<Explanation?> ExplainAsync(CommitInfo culprit, CommitInfo parent, double? timeRatio, CancellationToken cancellationToken)
    {
        var parentBuild = await builder.BuildAsync(parent, cancellationToken).ConfigureAwait(false);
        var culpritBuild = await builder.BuildAsync(culprit, cancellationToken).ConfigureAwait(false);
        var details = graph.Describe(culprit.Sha, parent.Sha);
        if (!parentBuild.Success || !culpritBuild.Success)
        {
            return new Explanation(details, null, [], null, []) { Unbuildable = true };
        }

        var unavailable = new List<ProfileUnavailable>();
        observer.Phase(new Profiling(culprit, parent));
        var parentTime = await profiler.RecordTimeAsync(parentBuild, cancellationToken).ConfigureAwait(false);
        var culpritTime = parentTime.Value is null ? parentTime : await profiler.RecordTimeAsync(culpritBuild, cancellationToken).ConfigureAwait(false);
        Note(unavailable, instructions: false, culpritTime);

        var parentCounts = await profiler.CountInstructionsAsync(parentBuild, cancellationToken).ConfigureAwait(false);
        var culpritCounts = parentCounts.Value is null ? parentCounts : await profiler.CountInstructionsAsync(culpritBuild, cancellationToken).ConfigureAwait(false);
        Note(unavailable, instructions: true, culpritCounts);

        var comparison = ProfileComparer.Compare(
            parentTime.Value, culpritTime.Value, timeRatio, parentCounts.Value?.Functions, culpritCounts.Value?.Functions);

        var machineCode = new List<MachineCodeComparison>();
        var diff = UnifiedDiff.Parse(details.Patch);
        var shift = new LineShift(diff);
        var (parentSources, culpritSources) = (graph.Sources(parent.Sha), graph.Sources(culprit.Sha));
        var sites = new List<IReadOnlyList<SiteComparison>>();
        foreach (var symbol in Disassembled(comparison))
        {
            var before = await DisassembleAsync(symbol.Symbol, parentTime.Value, parentCounts.Value, cancellationToken).ConfigureAwait(false);
            var after = await DisassembleAsync(symbol.Symbol, culpritTime.Value, culpritCounts.Value, cancellationToken).ConfigureAwait(false);
            if (before is not null && after is not null)
            {
                machineCode.Add(MachineCodeComparer.Compare(new SourceSites(parentSources).Named(before), new SourceSites(culpritSources).Named(after)) with
                {
                    Hot = HotInstructions.Of(before, after, shift, parentSources, culpritSources),
                });
                sites.Add(SiteComparer.Compare(before, after, shift, parentSources, culpritSources));
            }
        }

        var source = parentCounts.Value is { } p && culpritCounts.Value is { } c
            ? SourceAnalysis.Analyze(diff, p.Lines, c.Lines, parentSources, culpritSources)
            : null;

        return new Explanation(details, comparison, machineCode, source, unavailable)
        {
            Sites = SiteSummaries.Of(sites, diff, culpritSources),
        };
    }

    /// <summary>The most regressed functions, and the hottest one even when it did not regress: did the code that runs change at all?</summary>
    private static IEnumerable<SymbolChange> Disassembled(ProfileComparison? comparison)
    {
        if (comparison is null)
        {
            return [];
        }

        var regressed = comparison.Symbols.Where(s => s.ContributionPercent > 0).Take(DisassembledSymbols);
        var hottest = comparison.Hottest;
        return hottest is null ? regressed : regressed.Append(hottest).Distinct();
    }

    private async Task<FunctionCode?> DisassembleAsync(string symbol, Profile? time, InstructionProfile? counts, CancellationToken cancellationToken)
    {
        var binary = counts?.Functions.Symbols.FirstOrDefault(s => s.Symbol == symbol)?.Object
            ?? time?.Symbols.FirstOrDefault(s => s.Symbol == symbol)?.Object;
        if (binary is null || !Path.IsPathRooted(binary))
        {
            return null;
        }

        var executions = counts?.Executions.GetValueOrDefault(binary);
        var code = await profiler.DisassembleAsync(binary, symbol, executions, cancellationToken).ConfigureAwait(false);
        if (code is null || time is not { Total: > 0 })
        {
            return code;
        }

        var samples = time.OffsetSamples.GetValueOrDefault(symbol);
        return code with { Instructions = code.Instructions.Select(i => i with { SampleShare = (samples?.GetValueOrDefault(i.Offset) ?? 0) / time.Total }).ToArray() };
    }

    private static void Note<T>(List<ProfileUnavailable> unavailable, bool instructions, Probed<T> probed)
        where T : class
    {
        if (probed.Unavailable is { } reason)
        {
            unavailable.Add(new ProfileUnavailable(instructions, reason));
        }
    }
}
