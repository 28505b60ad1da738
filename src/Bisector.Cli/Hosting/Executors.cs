using Bisector.Core.Domain;

namespace Bisector.Cli.Hosting;

/// <summary>The values of --executor: where builds and samples run.</summary>
internal static class Executors
{
    public static Choices<ExecutorKind> All { get; } = new(
        (ExecutorKinds.Name(ExecutorKind.Local), ExecutorKind.Local),
        (ExecutorKinds.Name(ExecutorKind.Slurm), ExecutorKind.Slurm));
}
