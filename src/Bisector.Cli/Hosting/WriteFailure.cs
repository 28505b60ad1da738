using System.Text.RegularExpressions;
using Bisector.Core.Domain;

namespace Bisector.Cli.Hosting;

/// <summary>
/// Writes that fail because of where the user pointed Bisector: a path through a file, a folder without permission, a
/// full disk, a read-only file system. The user fixes these, so each is one line on stderr that names the path, the
/// reason and what to do, with exit code 2 (bad usage or configuration), never a stack trace.
/// </summary>
internal static partial class WriteFailure
{
    // Linux errno values, which .NET keeps as the HResult of the IOException it throws for them.
    private const int NoSpace = 28;
    private const int ReadOnlyFileSystem = 30;
    private const int QuotaExceeded = 122;

    /// <summary>
    /// Creates a folder and its parents, or throws a <see cref="UsageException"/> that says which folder, why not and
    /// what to do: choose another <paramref name="choice"/> (the option that named the folder, such as <c>--work-dir</c>,
    /// or "folder"), and then <paramref name="afterwards"/> when there is more to say.
    /// </summary>
    public static void CreateDirectory(string path, string choice, string? afterwards = null)
    {
        try
        {
            Directory.CreateDirectory(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var reason = NearestExisting(path) is { } existing && File.Exists(existing)
                ? $"{existing} is a file, not a folder"
                : Reason(ex);
            throw new UsageException(Message(path, reason, ex, choice, afterwards));
        }
    }

    /// <summary>
    /// Before any work: creates <paramref name="path"/> and a probe file in it, and removes both again (the folder only
    /// when it was made here), or throws the one line <see cref="CreateDirectory"/> throws.
    /// </summary>
    public static void Probe(string path, string choice)
    {
        var existed = Directory.Exists(path);
        CreateDirectory(path, choice);
        var probe = Path.Combine(path, $".bisector-probe-{Guid.NewGuid():N}");
        try
        {
            File.WriteAllText(probe, string.Empty);
            File.Delete(probe);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException(Message(path, Reason(ex), ex, choice, null));
        }

        if (!existed)
        {
            Directory.Delete(path);
        }
    }

    /// <summary>
    /// The one line for a write that failed deeper down (the disk filled up while a build or the journal was written), or
    /// null when the exception is not one the user can fix. Paths outside <paramref name="reportDirectory"/> are taken as
    /// the work dir's.
    /// </summary>
    public static string? Describe(Exception ex, string workDirectory, string? reportDirectory)
    {
        if (ex is not (UnauthorizedAccessException or IOException { HResult: NoSpace or ReadOnlyFileSystem or QuotaExceeded }))
        {
            return null;
        }

        var path = QuotedPath().Match(ex.Message) is { Success: true } quoted ? quoted.Groups[1].Value : workDirectory;
        var option = reportDirectory is not null && IsUnder(path, reportDirectory) ? "--report-dir" : "--work-dir";
        return Message(path, Reason(ex), ex, option, null);
    }

    private static string Message(string path, string reason, Exception ex, string choice, string? afterwards)
    {
        var advice = ex is IOException { HResult: NoSpace or QuotaExceeded }
            ? $"free some space there or choose another {choice}"
            : $"choose another {choice}";
        return $"cannot write {path}: {reason}; {advice}{(afterwards is null ? string.Empty : $"; {afterwards}")}";
    }

    private static string Reason(Exception ex) =>
        ex switch
        {
            UnauthorizedAccessException => "permission denied",
            DirectoryNotFoundException or FileNotFoundException => "no folder can be made there",
            // .NET says the system's reason and the path: "No space left on device : '/x'".
            _ => Lowercase(ex.Message.Split(" : '", 2)[0].TrimEnd('.')),
        };

    private static string? NearestExisting(string path)
    {
        for (var current = Path.GetFullPath(path); current is not null; current = Path.GetDirectoryName(current))
        {
            if (Path.Exists(current))
            {
                return current;
            }
        }

        return null;
    }

    private static bool IsUnder(string path, string folder)
    {
        var relative = Path.GetRelativePath(Path.GetFullPath(folder), Path.GetFullPath(path));
        return relative != ".." && !relative.StartsWith("../", StringComparison.Ordinal) && !Path.IsPathRooted(relative);
    }

    private static string Lowercase(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];

    [GeneratedRegex("'([^']+)'")]
    private static partial Regex QuotedPath();
}
