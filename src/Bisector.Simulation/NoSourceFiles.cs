using Bisector.Core.Explain;

namespace Bisector.Simulation;

/// <summary>A commit without files: what synthetic histories have.</summary>
public sealed class NoSourceFiles : ISourceFiles
{
    public static NoSourceFiles Instance { get; } = new();

    public string? RepositoryPath(string debugPath) => null;

    public string? Read(string repositoryPath) => null;
}
