using Bisector.Core.Abstractions;
using Bisector.Core.Domain;
using Bisector.Execution.Building.Layouts;

namespace Bisector.Execution.Building;

/// <summary>Layout variants of this builder's commits, built by <see cref="LayoutVariants"/>.</summary>
public sealed partial class CachingBuilder
{
    private LayoutVariants? _layouts;

    private LayoutVariants Layouts => _layouts ??= new LayoutVariants(this, checkout, processes, log);

    /// <summary>The folder of a commit's layout variant in the cache.</summary>
    public string LayoutDirectory(CommitInfo commit, int layout) => Layouts.Directory(commit, layout);

    /// <summary>The commit's build with its code moved by layout <paramref name="layout"/>'s pad; layout 0 is the build itself.</summary>
    public Task<BuildOutcome> BuildLayoutAsync(CommitInfo commit, int layout, CancellationToken cancellationToken) =>
        Layouts.BuildAsync(commit, layout, cancellationToken);
}
