using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Bisector.Core.Configuration;
using Bisector.Execution.Processes;

namespace Bisector.Execution.Building;

/// <summary>
/// Everything that shapes a binary, hashed: the build and clean commands, their environment, the artifacts
/// kept, the bytes of the helper scripts the commands reach through <c>{config}/...</c>, and the compiler's
/// identity. Builds of one commit with the same key are interchangeable; a change to any input is a new key,
/// so a new cache folder, and nothing built with the old inputs is reused.
/// </summary>
public sealed record BuildKey(string Hash)
{
    /// <summary>Hashed in place of the compiler's identity where no compiler answers.</summary>
    public const string NoCompiler = "no compiler found";

    /// <summary>Finds the compiler's identity (once: call it once per run) and computes the key.</summary>
    public static async Task<BuildKey> ComputeAsync(BuildSettings settings, ProcessRunner processes, CancellationToken cancellationToken) =>
        Of(settings, await CompilerIdentityAsync(settings, processes, cancellationToken).ConfigureAwait(false));

    public static BuildKey Of(BuildSettings settings, string compilerIdentity)
    {
        var inputs = new
        {
            commands = settings.Commands,
            clean = settings.CleanCommands,
            env = settings.Environment.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}={kv.Value}").ToArray(),
            artifacts = settings.Artifacts,
            scripts = ConfigFiles.Digests(settings.Commands.Concat(settings.CleanCommands), settings.ConfigDirectory),
            compiler = compilerIdentity,
        };
        return new BuildKey(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(inputs))))[..12]);
    }

    /// <summary>
    /// What <c>cc --version</c> and <c>gcc -dumpfullversion</c> print in the build's environment (<c>$CC</c> when the
    /// config sets it), or <see cref="NoCompiler"/>.
    /// </summary>
    public static async Task<string> CompilerIdentityAsync(BuildSettings settings, ProcessRunner processes, CancellationToken cancellationToken)
    {
        var answers = new List<string>();
        foreach (var command in new[] { "${CC:-cc} --version", "gcc -dumpfullversion" })
        {
            var result = await processes.RunAsync(command, Path.GetTempPath(), settings.Environment, TimeSpan.FromSeconds(20), null, cancellationToken).ConfigureAwait(false);
            if (result.Success && !string.IsNullOrWhiteSpace(result.StandardOutput))
            {
                answers.Add(result.StandardOutput.Trim());
            }
        }

        return answers.Count == 0 ? NoCompiler : string.Join("\n", answers);
    }

    /// <summary>The folder under the artifact cache that holds the builds made with this key, one sub-folder per commit.</summary>
    public string DirectoryIn(string cacheRoot) => Path.Combine(cacheRoot, Hash);

    public override string ToString() => Hash;
}
