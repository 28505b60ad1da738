namespace Bisector.Core.Nightly;

/// <summary>A step found tonight in one benchmark's history, not recorded before, with the threshold of its benchmark.</summary>
public sealed record NightStep(HistorySeries Series, HistoryStep Step, double ThresholdPercent)
{
    /// <summary>How clear the step is: its size in thresholds (a p-value alone ties between exact metrics).</summary>
    public double Clarity => Math.Abs(Step.ChangePercent) / ThresholdPercent;
}
