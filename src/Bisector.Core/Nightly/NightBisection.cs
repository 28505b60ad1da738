namespace Bisector.Core.Nightly;

/// <summary>What a bisection (or the check of a culprit against its parent) made of a regression found in a history.</summary>
/// <param name="CulpritSha">The commit named, when one was.</param>
/// <param name="ReportDirectory">The folder of its reports.</param>
public sealed record NightBisection(ChangeState State, string? CulpritSha, string? ReportDirectory);
