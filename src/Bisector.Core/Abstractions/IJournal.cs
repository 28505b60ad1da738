namespace Bisector.Core.Abstractions;

/// <summary>
/// Durable record of every sample taken, so an interrupted run resumes without measuring again.
/// Keys are a commit and a series ("search" for ordinary samples, "verify" for the final check).
/// </summary>
public interface IJournal
{
    IReadOnlyList<double> Samples(string sha, string series);

    void Append(string sha, string series, double value);
}
