using Bisector.Core.Domain;

namespace Bisector.Core.Measurement;

/// <summary>Why a comparison over layouts stopped: a layout of one side did not link, or its benchmark failed.</summary>
/// <param name="Built">False when the layout did not build; true when it built and a sample failed.</param>
public sealed record LayoutFailure(int Layout, CommitInfo Commit, bool Built, string? Error);
