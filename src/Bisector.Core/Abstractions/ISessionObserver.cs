using Bisector.Core.Domain;
using Bisector.Core.Findings;
using Bisector.Core.Progress;
using Bisector.Core.Session;

namespace Bisector.Core.Abstractions;

/// <summary>What a session tells the outside while it works: progress, not results.</summary>
public interface ISessionObserver
{
    void Phase(SessionPhase phase);

    void Testing(CommitInfo commit, int step, int stepsLeft, int candidatesLeft);

    void Built(CommitInfo commit, BuildOutcome outcome);

    void Measured(CommitInfo commit, int samples, double lastValue);

    void Decided(StepRecord step);

    /// <summary>A finding worth saying now, while the session works; the result carries those the reports show.</summary>
    void Found(Finding finding);
}
