using System.Globalization;
using Bisector.Core.Domain;

namespace Bisector.Reporting.Json;

/// <summary>A commit as the contract names it: sha, subject, author, and the date with its offset.</summary>
internal sealed record CommitJson(string Sha, string Subject, string Author, string Date)
{
    public static CommitJson? Of(CommitInfo? commit) => commit is null
        ? null
        : new(commit.Sha, commit.Subject, commit.Author, commit.Date.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture));
}
