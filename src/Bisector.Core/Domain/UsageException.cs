namespace Bisector.Core.Domain;

/// <summary>
/// Bad usage or configuration: the message says what to fix. The CLI maps it to exit code 2.
/// </summary>
public sealed class UsageException(string message) : Exception(message);
