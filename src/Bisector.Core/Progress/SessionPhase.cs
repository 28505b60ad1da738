namespace Bisector.Core.Progress;

/// <summary>
/// What a session is doing now, as a value: the terminal's progress lines, its status line and its time-left estimate
/// read the type, and one text layer (Reporting's <c>PhaseText</c>) puts it into words.
/// </summary>
public abstract record SessionPhase;
