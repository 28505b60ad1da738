using Bisector.Core.Domain;
using Bisector.Core.Explain;
using Bisector.Core.Findings;
using Bisector.Core.Statistics;

namespace Bisector.Core.Session;

/// <summary>Everything a report needs: the verdict, the evidence and the cost.</summary>
public sealed record BisectResult(
    BisectStatus Status,
    BisectRequest Request,
    ResolvedRevision? Good,
    ResolvedRevision? Bad,
    CommitInfo? Culprit,
    IReadOnlyList<CommitInfo> Candidates,
    ChangeSummary? Change,
    Verification? Verification,
    IReadOnlyList<StepRecord> Steps,
    int RangeLength,
    int Builds,
    TimeSpan Elapsed,
    IReadOnlyList<Finding> Notes)
{
    /// <summary>The endpoints' spread and the smallest change they could reveal; null before they were measured.</summary>
    public EndpointNoise? Endpoints { get; init; }

    /// <summary>Culprit and parent counted in instructions, when time decided the verdicts.</summary>
    public InstructionEvidence? Instructions { get; init; }

    /// <summary>Where the executed instructions rose, when time named no commit that does more work; null when not searched.</summary>
    public WorkSearch? Work { get; init; }

    /// <summary>Every step of the range, which remain at the tip and what no step explains; null when not mapped (a time, or mapping off).</summary>
    public Mapping.RangeMap? Map { get; init; }

    /// <summary>The culprit undone at bad and measured against bad (the revert check); null when not made (off, or no culprit).</summary>
    public Reverting.RevertCheck? RevertCheck { get; init; }

    /// <summary>The map's steps a later step undid: not reverted at bad, since nothing of them is left there.</summary>
    public IReadOnlyList<Reverting.UndoneStepNotReverted> NotReverted { get; init; } = [];

    /// <summary>The endpoints in time and in instructions, when the metric is a time and a counter exists here.</summary>
    public TimeVsInstructions? TimeVsInstructions { get; init; }

    /// <summary>The comparisons made over several code layouts (compare or run with --layouts); empty when none was.</summary>
    public IReadOnlyList<LayoutEvidence> Layouts { get; init; } = [];

    /// <summary>Seconds spent building in this run (cached builds cost nothing).</summary>
    public double BuildSeconds { get; init; }

    /// <summary>Seconds spent running benchmarks in this run, warm-ups and instruction counts included.</summary>
    public double BenchmarkSeconds { get; init; }

    /// <summary>Samples this run took; the rest of what the steps show came from the journal of earlier runs.</summary>
    public int SamplesTaken { get; init; }

    /// <summary>Samples the steps and the re-check rest on that earlier runs had taken.</summary>
    public int SamplesReused { get; init; }

    /// <summary>Whether the run bisected a slowdown or an improvement.</summary>
    public Direction Direction { get; init; } = Direction.Slower;

    /// <summary>How the search ran: workers per round, rounds, builds ahead; null for results made without a search.</summary>
    public SearchShape? Search { get; init; }

    /// <summary>Why the culprit is slower (profiles, machine code, changed source); null without a culprit or before it was explained.</summary>
    public Explanation? Explanation { get; init; }

    /// <summary>The machine and tools of this run; null where not collected (the simulation).</summary>
    public RunEnvironment? Environment { get; init; }

    /// <summary>The commands that reproduce this run; null where not known.</summary>
    public ReproduceCommands? Commands { get; init; }
}
