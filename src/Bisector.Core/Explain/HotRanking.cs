namespace Bisector.Core.Explain;

/// <summary>What made an instruction hot: its share of the time samples (perf), or without them how often it ran (callgrind).</summary>
public enum HotRanking
{
    Samples,
    Executions,
}
