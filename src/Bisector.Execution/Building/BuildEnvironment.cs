using Bisector.Core.Configuration;

namespace Bisector.Execution.Building;

/// <summary>The environment a build's commands run in: the config's variables, ccache and configure's shared cache.</summary>
public static class BuildEnvironment
{
    /// <summary>Debian's folder of compiler names that call ccache: first on PATH, it caches every compile.</summary>
    private const string CcacheCompilers = "/usr/lib/ccache";

    /// <summary>The shared ccache's size limit: a few CPython build trees' objects.</summary>
    public const string CcacheMaxSize = "5G";

    /// <summary>
    /// The config's variables, plus ccache in front of the compiler where it is installed, its cache limited to
    /// <see cref="CcacheMaxSize"/> unless the user set CCACHE_MAXSIZE, and configure's shared cache.
    /// </summary>
    /// <remarks>
    /// ccache hashes the compiler's working directory into every compile with -g, which the configs use (perf needs the
    /// debug info), so a compile in another checkout (a build ahead, a multisection's, another work dir's, the nightly
    /// job's) would never hit. Leaving it out (CCACHE_NOHASHDIR), with paths under the checkout made relative
    /// (CCACHE_BASEDIR), lets every checkout share the objects. Only the debug info's compile directory then names the
    /// checkout that compiled first; the explanation matches debug paths to the commit's tree by their ends, not by that
    /// directory. The user's CCACHE_HASHDIR, CCACHE_NOHASHDIR or CCACHE_BASEDIR wins.
    /// </remarks>
    public static Dictionary<string, string> Of(
        BuildSettings settings, string cacheRoot, string? ccacheDirectory, string? configureCacheDirectory, string checkoutDirectory)
    {
        var environment = new Dictionary<string, string>(settings.Environment, StringComparer.Ordinal);
        bool Unset(params string[] names) => !names.Any(name => environment.ContainsKey(name) || Environment.GetEnvironmentVariable(name) is not null);
        if (settings.UseConfigureCache && configureCacheDirectory is not null)
        {
            foreach (var (name, value) in ConfigureCache.Environment(configureCacheDirectory, settings.Environment))
            {
                environment[name] = value;
            }
        }

        if (settings.UseCcache && Directory.Exists(CcacheCompilers) && !environment.ContainsKey("PATH"))
        {
            environment["PATH"] = $"{CcacheCompilers}:{Environment.GetEnvironmentVariable("PATH")}";
            if (!environment.ContainsKey("CCACHE_DIR"))
            {
                environment["CCACHE_DIR"] = Environment.GetEnvironmentVariable("CCACHE_DIR")
                    ?? ccacheDirectory
                    ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(cacheRoot))!, "ccache");
            }

            if (Unset("CCACHE_MAXSIZE"))
            {
                environment["CCACHE_MAXSIZE"] = CcacheMaxSize;
            }

            if (Unset("CCACHE_HASHDIR", "CCACHE_NOHASHDIR"))
            {
                environment["CCACHE_NOHASHDIR"] = "1";
            }

            if (Unset("CCACHE_BASEDIR"))
            {
                environment["CCACHE_BASEDIR"] = Path.GetFullPath(checkoutDirectory);
            }
        }

        return environment;
    }
}
