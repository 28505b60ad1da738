namespace Bisector.Git.Checkout;

/// <summary>
/// A repository's <c>objects/info/alternates</c>: the object folders it borrows (as <c>git clone --shared</c> does), so
/// nothing is copied. Rewritten only when it names others, and then atomically, so a reader never sees it empty.
/// </summary>
internal static class ObjectAlternates
{
    /// <param name="objectsDirectory">The borrowing repository's objects folder.</param>
    public static void Point(string objectsDirectory, IEnumerable<string> borrowed)
    {
        var alternates = Path.Combine(objectsDirectory, "info", "alternates");
        var content = string.Concat(borrowed.Select(d => d + "\n"));
        if (File.Exists(alternates) && File.ReadAllText(alternates) == content)
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(alternates)!);
        var written = $"{alternates}.tmp-{Environment.ProcessId}";
        File.WriteAllText(written, content);
        File.Move(written, alternates, overwrite: true);
    }
}
