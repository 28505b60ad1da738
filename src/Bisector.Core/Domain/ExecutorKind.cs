namespace Bisector.Core.Domain;

/// <summary>Where builds and samples run (--executor); <see cref="ExecutorKinds.Name"/> is how the command line and report.json spell it.</summary>
public enum ExecutorKind
{
    /// <summary>This machine: k private checkouts build at once; samples never overlap.</summary>
    Local,

    /// <summary>A Slurm cluster: each build command and each sample is an sbatch job; the work dir must be shared with the nodes.</summary>
    Slurm,
}
