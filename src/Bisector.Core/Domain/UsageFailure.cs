namespace Bisector.Core.Domain;

/// <summary>
/// What the user must fix, as values: the engine throws it in a <see cref="UsageException"/> and the text layer
/// (Bisector.Reporting's UsageText) says it in words.
/// </summary>
public abstract record UsageFailure;
