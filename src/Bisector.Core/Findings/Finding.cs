namespace Bisector.Core.Findings;

/// <summary>
/// Something the engine found that a person should read: a value, never words. Bisector.Reporting's FindingText turns
/// each kind into the sentence every view and the terminal show.
/// </summary>
public abstract record Finding;
