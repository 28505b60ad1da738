namespace Bisector.Core.Session;

/// <summary>Why a commit was measured: an endpoint of the range, a commit the search picked, or an end of a merged branch.</summary>
public enum StepRole
{
    /// <summary>The good endpoint (--good).</summary>
    Good,

    /// <summary>The bad endpoint (--bad).</summary>
    Bad,

    /// <summary>A commit the search picked between the endpoints.</summary>
    Search,

    /// <summary>A search step measured again in fresh rounds, because the re-check of the commit the search ended on contradicted its verdict.</summary>
    Repair,

    /// <summary>Where a merged branch left the main line (the merge base), measured when the search descends into a merge.</summary>
    BranchGood,

    /// <summary>The merged branch's last commit, measured when the search descends into a merge.</summary>
    BranchBad,
}
