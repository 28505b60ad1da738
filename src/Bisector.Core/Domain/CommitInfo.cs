namespace Bisector.Core.Domain;

/// <summary>A commit as the search and the reports see it: no library types.</summary>
public sealed record CommitInfo(
    string Sha,
    string Subject,
    string Author,
    DateTimeOffset Date,
    IReadOnlyList<string> Parents)
{
    public string ShortSha => Sha[..Math.Min(10, Sha.Length)];

    public bool IsMerge => Parents.Count > 1;
}
