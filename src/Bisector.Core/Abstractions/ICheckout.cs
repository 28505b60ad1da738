namespace Bisector.Core.Abstractions;

/// <summary>A private checkout the builder may rewrite at will: never the user's working tree.</summary>
public interface ICheckout
{
    string Directory { get; }

    /// <summary>The commit checked out now, or null before the first checkout.</summary>
    string? CurrentSha { get; }

    /// <summary>Forces the tree to this commit; only changed files are rewritten, so make stays incremental.</summary>
    void Checkout(string sha);

    /// <summary>Paths that differ between two commits.</summary>
    IReadOnlyList<string> ChangedPaths(string fromSha, string toSha);
}
