namespace Bisector.Core.Domain;

/// <summary>The names of <see cref="ExecutorKind"/> as --executor takes them and report.json's search.executor writes them.</summary>
public static class ExecutorKinds
{
    public static string Name(ExecutorKind kind) => kind switch
    {
        ExecutorKind.Local => "local",
        ExecutorKind.Slurm => "slurm",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "an executor without a name"),
    };
}
