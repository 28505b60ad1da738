namespace Bisector.Core.Domain;

/// <summary>
/// Bad usage or configuration: the message says what to fix. The CLI maps it to exit code 2. The engine throws it with
/// a typed <see cref="Failure"/> and no words; the text layer says those.
/// </summary>
public sealed class UsageException : Exception
{
    public UsageException(string message)
        : base(message)
    {
    }

    public UsageException(UsageFailure failure)
        : base(failure.GetType().Name) => Failure = failure;

    /// <summary>The typed failure when the engine threw it; null when the message already is the words.</summary>
    public UsageFailure? Failure { get; }
}
