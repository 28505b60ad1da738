using Bisector.Cli.Commands;
using Bisector.Core.Abstractions;
using Bisector.Core.Domain;

namespace Bisector.Cli.Workflows;

/// <summary>What <c>profile</c> holds against what: the revision, and --vs or else its first parent; and --revert-at's commit when given.</summary>
internal sealed record ProfilePair(ResolvedRevision Revision, ResolvedRevision Versus, CommitInfo? RevertAt)
{
    /// <summary>Resolves each once; a root commit without --vs is a usage error naming the option.</summary>
    public static ProfilePair Resolve(ICommitGraph graph, ProfileOptions options)
    {
        var revision = graph.Resolve(options.Revision);
        var versus = options.Versus is { } v
            ? graph.Resolve(v)
            : revision.Commit.Parents.Count > 0
                ? new ResolvedRevision($"{options.Revision}^", graph.Lookup(revision.Commit.Parents[0]))
                : throw new UsageException($"{options.Revision} ({revision.Commit.ShortSha}) has no parent: name the revision to profile it against with --vs REV.");
        return new ProfilePair(revision, versus, options.RevertAt is { } at ? graph.Resolve(at).Commit : null);
    }
}
