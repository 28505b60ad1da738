using Bisector.Core.Progress;
using Bisector.Core.Abstractions;
using Bisector.Core.Domain;
using Bisector.Core.Findings;
using Bisector.Core.Session;

namespace Bisector.Simulation;

/// <summary>An observer that ignores progress.</summary>
public sealed class SilentObserver : ISessionObserver
{
    public static SilentObserver Instance { get; } = new();

    public void Phase(SessionPhase phase)
    {
    }

    public void Testing(CommitInfo commit, int step, int stepsLeft, int candidatesLeft)
    {
    }

    public void Built(CommitInfo commit, BuildOutcome outcome)
    {
    }

    public void Measured(CommitInfo commit, int samples, double lastValue)
    {
    }

    public void Decided(StepRecord step)
    {
    }

    public void Found(Finding finding)
    {
    }
}
