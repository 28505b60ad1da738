using Bisector.Core.Domain;

namespace Bisector.Core.Failures;

/// <summary>The benchmark command failed on a commit where it must run; <paramref name="MeasuredBefore"/> when it had run there already.</summary>
public sealed record BenchmarkFails(CommitInfo Commit, string Error, bool MeasuredBefore) : UsageFailure;
