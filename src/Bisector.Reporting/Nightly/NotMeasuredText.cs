using Bisector.Core.Nightly;

namespace Bisector.Reporting.Nightly;

/// <summary>The words a night keeps in the history for a commit it could not measure.</summary>
public static class NotMeasuredText
{
    public static string Describe(NotMeasured failure) => failure.Built
        ? $"the benchmark failed: {failure.Error}"
        : $"does not build: {failure.Error} (log: {failure.LogPath})";
}
