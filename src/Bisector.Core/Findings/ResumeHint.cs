namespace Bisector.Core.Findings;

/// <summary>An interrupted run: what was done is saved in <paramref name="WorkDirectory"/>, and <paramref name="Command"/> resumes it.</summary>
public sealed record ResumeHint(string WorkDirectory, string Command) : Finding;
