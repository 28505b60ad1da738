namespace Bisector.Core.Explain.Sites;

/// <summary>What happened to one source site's machine code between parent and culprit.</summary>
public enum SiteFinding
{
    /// <summary>The same instructions, in the same order.</summary>
    Identical,

    /// <summary>The same instructions with other registers, stack slots or labels.</summary>
    SameShape,

    /// <summary>Instructions were added or removed.</summary>
    Changed,

    /// <summary>Only the culprit has code here (a new line, or code the compiler moved onto it).</summary>
    Added,

    /// <summary>Only the parent had code here.</summary>
    Removed,
}
