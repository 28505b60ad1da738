namespace Bisector.History;

/// <summary>A nightly job as the database recorded it when the job took the lock.</summary>
/// <param name="ProcessId">The job's process id on <paramref name="Host"/>.</param>
/// <param name="Description">What ran it: the command line.</param>
public sealed record HistoryJob(int ProcessId, string Host, DateTimeOffset Started, string Description);
