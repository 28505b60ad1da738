using Bisector.Execution.Processes;

namespace Bisector.Execution.Building.Layouts;

/// <summary>
/// The programs and shared libraries a build linked in its checkout: the ELF executables and shared objects that git
/// does not track. Removing them makes the next make link them again (their objects stay), which is how a layout
/// variant costs a link and not a compile, and how the checkout's next build is linked without the pad again.
/// </summary>
public static class LinkedOutputs
{
    private const ushort Executable = 2;
    private const ushort SharedObject = 3;

    /// <summary>Removes the linked outputs under <paramref name="checkout"/>; returns their paths, relative to it.</summary>
    public static async Task<IReadOnlyList<string>> RemoveAsync(string checkout, IProcessRunner processes, CancellationToken cancellationToken)
    {
        var listed = await processes.RunAsync("git -c core.quotepath=off ls-files", checkout, new Dictionary<string, string>(), TimeSpan.FromMinutes(2), null, cancellationToken).ConfigureAwait(false);
        if (!listed.Success)
        {
            throw new InvalidOperationException($"git ls-files failed in {checkout}: {listed.StandardError.Trim()}");
        }

        var tracked = listed.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var removed = new List<string>();
        foreach (var file in Directory.EnumerateFiles(checkout, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint }))
        {
            var relative = Path.GetRelativePath(checkout, file);
            if (relative.StartsWith(".git" + Path.DirectorySeparatorChar, StringComparison.Ordinal) || tracked.Contains(relative) || !IsLinked(file))
            {
                continue;
            }

            File.Delete(file);
            removed.Add(relative);
        }

        return removed;
    }

    /// <summary>True for an ELF executable or shared object (not an object file or an archive).</summary>
    internal static bool IsLinked(string path)
    {
        Span<byte> header = stackalloc byte[18];
        try
        {
            using var stream = File.OpenRead(path);
            if (stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) < header.Length)
            {
                return false;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }

        var type = BitConverter.ToUInt16(header[16..]);
        return header[0] == 0x7f && header[1] == (byte)'E' && header[2] == (byte)'L' && header[3] == (byte)'F' && type is Executable or SharedObject;
    }
}
