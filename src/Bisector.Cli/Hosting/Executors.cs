namespace Bisector.Cli.Hosting;

/// <summary>The values of --executor: where builds and samples run.</summary>
internal static class Executors
{
    /// <summary>This machine: k private checkouts build at once; samples never overlap.</summary>
    public const string Local = "local";

    /// <summary>A Slurm cluster: each build command and each sample is an sbatch job; the work dir must be shared with the nodes.</summary>
    public const string Slurm = "slurm";
}
