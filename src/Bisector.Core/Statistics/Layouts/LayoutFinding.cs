namespace Bisector.Core.Statistics.Layouts;

/// <summary>What a comparison over layouts says a time change is.</summary>
public enum LayoutFinding
{
    /// <summary>Neither the code (over layouts) nor the default builds' placement surely moved the time by the threshold.</summary>
    Same,

    /// <summary>The shift holds over layouts (<see cref="LayoutComparison.CodeMoved"/>): the code costs it.</summary>
    Code,

    /// <summary>The default builds differ, and over layouts the difference vanishes or is not surely the threshold: where the code landed more than what it does.</summary>
    Placement,

    /// <summary>The code moved the time, and the default builds' placement moved it by a different amount on top.</summary>
    Both,
}
