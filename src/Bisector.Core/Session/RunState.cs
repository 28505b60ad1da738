using Bisector.Core.Domain;
using Bisector.Core.Statistics;

namespace Bisector.Core.Session;

/// <summary>What one run has established so far: the result is made of it, whether the run ends, stops early or is interrupted.</summary>
internal sealed class RunState(BisectRequest request, ResolvedRevision good, ResolvedRevision bad)
{
    public BisectRequest Request { get; } = request;

    public ResolvedRevision Good { get; } = good;

    public ResolvedRevision Bad { get; } = bad;

    /// <summary>Good and bad measured back to back: the endpoint check's evidence, and the pool every step is judged against.</summary>
    public IReadOnlyList<PairedRound> EndpointRounds { get; set; } = [];

    /// <summary>The endpoint check's comparison (a compare's of its two revisions); null before the endpoints were measured.</summary>
    public EndpointComparison? EndpointComparison { get; set; }

    public ChangeSummary? Change => EndpointComparison?.Change;

    /// <summary>What the endpoints' paired rounds concluded on the default builds; null before they were measured.</summary>
    public EndpointOutcome? EndpointsOutcome => EndpointComparison?.Outcome;

    public CommitInfo? Culprit { get; set; }

    /// <summary>The commit on the searched line whose re-check held: the culprit, or the merge that brought it in.</summary>
    public CommitInfo? LineCommit { get; set; }

    public IReadOnlyList<CommitInfo> Candidates { get; set; } = [];

    public Verification? Verification { get; set; }

    public InstructionEvidence? Instructions { get; set; }

    public TimeVsInstructions? TimeVsInstructions { get; set; }

    /// <summary>The comparisons made over layouts, in the order they were made.</summary>
    public List<LayoutEvidence> Layouts { get; } = [];

    /// <summary>The index in <see cref="Layouts"/> of <paramref name="baseline"/> against <paramref name="candidate"/> over <paramref name="layouts"/> layouts (any count when null); -1 when not measured.</summary>
    public int LayoutsIndex(string baseline, string candidate, int? layouts = null) =>
        Layouts.FindIndex(l => l.Baseline.Commit.Sha == baseline && l.Candidate.Commit.Sha == candidate && (layouts is null || l.Verdict.Layouts == layouts));

    /// <summary>
    /// The layouts the time map's residue was checked over, unasked (a culprit whose default builds' shift did not account
    /// for the endpoints'): from then on the run's time verdicts are made over them; null when not checked.
    /// </summary>
    public int? ResidueLayouts { get; set; }

    /// <summary>The endpoints' default builds showed no change while over the layouts the code surely moved by the threshold.</summary>
    public bool HiddenByPlacement { get; set; }

    public WorkSearch? Work { get; set; }

    /// <summary>Every step of the range, when the metric repeats exactly.</summary>
    public Mapping.RangeMap? Map { get; set; }

    public int RangeLength { get; set; }

    /// <summary>The culprit undone at bad and measured against it; null when not checked.</summary>
    public Reverting.RevertCheck? Revert { get; set; }

    /// <summary>The map's steps a later step undid, which the revert check leaves alone.</summary>
    public IReadOnlyList<Reverting.UndoneStepNotReverted> NotReverted { get; set; } = [];
}
