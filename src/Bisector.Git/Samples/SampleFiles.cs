using System.Reflection;

namespace Bisector.Git.Samples;

/// <summary>The minivm sources embedded in this assembly (samples/minivm in the repository).</summary>
internal static class SampleFiles
{
    public static Dictionary<string, string> Load()
    {
        var assembly = typeof(SampleFiles).Assembly;
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("minivm/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            files[name["minivm/".Length..]] = reader.ReadToEnd();
        }

        if (!files.ContainsKey("ceval_macros.h"))
        {
            throw new InvalidOperationException($"The sample sources are missing from {assembly.GetName().Name}.");
        }

        return files;
    }

    public static string Replace(this string text, string oldValue, string newValue, string file)
    {
        if (!text.Contains(oldValue, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The sample history expects '{oldValue}' in {file}.");
        }

        return text.Replace(oldValue, newValue, StringComparison.Ordinal);
    }
}
