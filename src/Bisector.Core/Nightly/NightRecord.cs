namespace Bisector.Core.Nightly;

/// <summary>One run of the nightly job: which branch, up to which commit, and whether it finished.</summary>
/// <param name="Finished">When it finished; null while it runs or when it was killed.</param>
public sealed record NightRecord(long Id, string Branch, string HeadSha, DateTimeOffset Started, DateTimeOffset? Finished);
