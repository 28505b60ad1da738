using System.Security.Cryptography;
using System.Text;

namespace Bisector.Execution.Building;

/// <summary>
/// One autoconf cache per configure script, shared by every checkout and run of the user. Configure's checks are most
/// of a warm build: on CPython 25 of 30 s with every compile in ccache, and again whenever the Makefile re-runs
/// configure. Their answers depend on the script, its arguments, the compiler, the precious variables it validates and
/// the config's environment, so those name the cache file: a commit whose configure differs gets a file of its own, and
/// a file is never read by a configure it was not written for.
/// </summary>
/// <remarks>
/// Configure learns of it from a site script (CONFIG_SITE), which it reads before its cache, so that the Makefile's own
/// re-run of configure (config.status --recheck) finds it too. A -C or --cache-file of the build's commands, or a
/// CONFIG_SITE of the user's or the config's, wins. A build without autoconf never reads the site script.
/// Configure replaces a cache file by a rename, so builds running side by side never read half a file.
/// </remarks>
public static class ConfigureCache
{
    /// <summary>The site script's name in the cache folder.</summary>
    public const string SiteScriptName = "config.site";

    /// <summary>The folder of the cache files, for the site script.</summary>
    public const string DirectoryVariable = "BISECTOR_CONFIGURE_CACHE";

    /// <summary>A digest of the config's build environment (OPT, CFLAGS, ...), for the site script's key.</summary>
    public const string EnvironmentVariable = "BISECTOR_BUILD_ENV";

    private const string SiteScript = """
        # Bisector's site script: one configure cache per configure script, arguments, compiler, precious variables and
        # build environment, shared by every checkout. A -C or --cache-file of the build's own wins.
        if test "$cache_file" = /dev/null && test -n "$BISECTOR_CONFIGURE_CACHE" && test -f "$0"; then
          bisector_key=$( {
            cat "$0"
            printf '%s\n' "$ac_configure_args" "$BISECTOR_BUILD_ENV"
            for bisector_var in $ac_precious_vars; do
              eval "printf '%s=%s|%s\n' \"\$bisector_var\" \"\${$bisector_var+set}\" \"\${$bisector_var-}\""
            done
            ${CC:-cc} --version
            uname -srm
          } 2>/dev/null | sha256sum | cut -c1-32)
          if test -n "$bisector_key" && mkdir -p "$BISECTOR_CONFIGURE_CACHE" 2>/dev/null; then
            cache_file="$BISECTOR_CONFIGURE_CACHE/$bisector_key.cache"
            test -f "$cache_file" || : > "$cache_file"
          fi
        fi

        """;

    /// <summary>
    /// The variables that give a build's configure the cache in <paramref name="directory"/>; empty when the environment
    /// already names a site script. Writes the site script when it is missing or out of date.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Environment(string directory, IReadOnlyDictionary<string, string> buildEnvironment)
    {
        if (buildEnvironment.ContainsKey("CONFIG_SITE") || System.Environment.GetEnvironmentVariable("CONFIG_SITE") is not null)
        {
            return new Dictionary<string, string>();
        }

        Directory.CreateDirectory(directory);
        var site = Path.Combine(directory, SiteScriptName);
        if (!File.Exists(site) || File.ReadAllText(site) != SiteScript)
        {
            // Written beside and renamed into place: a configure starting now reads the old script or the new, whole.
            var staging = $"{site}.{System.Environment.ProcessId}-{Guid.NewGuid():N}";
            File.WriteAllText(staging, SiteScript);
            File.Move(staging, site, overwrite: true);
        }

        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["CONFIG_SITE"] = site,
            [DirectoryVariable] = directory,
            [EnvironmentVariable] = Digest(buildEnvironment),
        };
    }

    private static string Digest(IReadOnlyDictionary<string, string> environment)
    {
        var text = string.Concat(environment.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key}={e.Value}\n"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
    }
}
