namespace Bisector.Core.Explain;

/// <summary>Whether a function's machine code changed between parent and culprit.</summary>
public enum CodeFinding
{
    /// <summary>The same instructions at the same alignment.</summary>
    Identical,

    /// <summary>The same instructions, at an address with a different alignment (a cache line is 64 bytes).</summary>
    Moved,

    /// <summary>Instructions were added, removed or replaced.</summary>
    Changed,
}
