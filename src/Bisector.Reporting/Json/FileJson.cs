using Bisector.Core.Explain;

namespace Bisector.Reporting.Json;

/// <summary>A file the culprit changed, with its added and deleted lines.</summary>
internal sealed record FileJson(string Path, int Added, int Deleted)
{
    public static FileJson Of(FileChange file) => new(file.Path, file.Added, file.Deleted);
}
