using Bisector.Core.Abstractions;
using Bisector.Core.Domain;
using Bisector.Core.Findings;
using Bisector.Core.Statistics;

namespace Bisector.Core.Session;

/// <summary>What one session decided and found, in order: the steps (each told to the observer as it is decided) and the findings the report shows.</summary>
internal sealed class SessionRecord(IJournal journal, ISessionObserver observer)
{
    private readonly List<StepRecord> _steps = [];
    private readonly List<Finding> _findings = [];

    public IReadOnlyList<StepRecord> Steps => _steps;

    public IReadOnlyList<Finding> Findings => _findings;

    /// <summary>A finding for the report; <paramref name="sayNow"/> tells the observer too.</summary>
    public void Found(Finding finding, bool sayNow = false)
    {
        _findings.Add(finding);
        if (sayNow)
        {
            observer.Found(finding);
        }
    }

    /// <summary>A finding for the report told more once more was known, kept where the first was (the observer heard neither).</summary>
    public void Replace(Finding found, Finding better) => _findings[_findings.IndexOf(found)] = better;

    /// <summary>
    /// The commits of <paramref name="range"/> this session has measured nothing of yet, but <paramref name="except"/>
    /// and the bad endpoint: in a resumed or repeated run their rounds come from later steps, and stay out of a pool.
    /// </summary>
    public IReadOnlyList<CommitInfo> Untested(IReadOnlyList<CommitInfo> range, BuiltEndpoints endpoints, CommitInfo except)
    {
        var tested = _steps.Select(s => s.Commit.Sha).ToHashSet(StringComparer.Ordinal);
        return [.. range.Where(c => c.Sha != except.Sha && c.Sha != endpoints.Bad.Sha && !tested.Contains(c.Sha))];
    }

    public void Decided(StepRecord step)
    {
        _steps.Add(step);
        observer.Decided(step);
    }

    /// <summary>The two endpoint steps of a search: good, and bad with the verdict the endpoint check gave it.</summary>
    public void Endpoints(BuiltEndpoints endpoints, IReadOnlyList<PairedRound> rounds, (StepRole Good, StepRole Bad) roles, Verdict badVerdict)
    {
        Endpoint(endpoints.Good, roles.Good, Verdict.Good, rounds.Select(r => r.Baseline).ToArray(), endpoints.GoodBuild);
        Endpoint(endpoints.Bad, roles.Bad, badVerdict, rounds.Select(r => r.Candidate).ToArray(), endpoints.BadBuild);
    }

    private void Endpoint(CommitInfo commit, StepRole role, Verdict verdict, IReadOnlyList<double> values, BuildOutcome build) =>
        Decided(new StepRecord(commit, role, verdict, values, values.Count > 0 ? Summary.Of(values) : null, null, build, null)
        {
            Load = LoadSummary.Of(journal.Conditions(commit.Sha, Series.Time)),
        });
}
