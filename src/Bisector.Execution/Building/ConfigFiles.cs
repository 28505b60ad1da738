using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Bisector.Execution.Building;

/// <summary>
/// The files kept beside a config that its commands reach through <c>{config}/...</c> (helper scripts,
/// benchmark drivers), described by their contents: a key that includes them changes when one is edited.
/// </summary>
public static partial class ConfigFiles
{
    /// <summary>One line per referenced file, in a stable order: its path under the config's folder and the SHA-256 of its bytes.</summary>
    public static IReadOnlyList<string> Digests(IEnumerable<string> commands, string configDirectory)
    {
        var referenced = commands
            .SelectMany(command => Reference().Matches(command).Select(match => match.Groups["path"].Value))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        return referenced.SelectMany(path => Digest(path, Path.Combine(configDirectory, path))).ToArray();
    }

    private static IEnumerable<string> Digest(string name, string path)
    {
        if (File.Exists(path))
        {
            return [$"{name} {Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)))}"];
        }

        if (Directory.Exists(path))
        {
            return Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                .Select(file => Path.GetRelativePath(path, file))
                .Order(StringComparer.Ordinal)
                .SelectMany(file => Digest($"{name}/{file}", Path.Combine(path, file)));
        }

        return [$"{name} missing"];
    }

    /// <summary><c>{config}/</c> followed by a path, up to the first character a shell would end a word at.</summary>
    [GeneratedRegex(@"\{config\}/(?<path>[^\s'""`;|&<>()$]+)")]
    private static partial Regex Reference();
}
