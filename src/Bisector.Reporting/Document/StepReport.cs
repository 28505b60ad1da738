using Bisector.Core.Session;

namespace Bisector.Reporting.Document;

/// <summary>
/// One step of the range explained against its parent (profiles, machine code, hot instructions): a report of its own,
/// written into <see cref="Folder"/> beside the report whose every-step section links it.
/// </summary>
/// <param name="Sha">The step's commit.</param>
/// <param name="Folder">Its folder, relative to the linking report's: "steps/a1b2c3d4e5".</param>
/// <param name="Document">Its report: the step (bad) profiled against its parent (good).</param>
public sealed record StepReport(string Sha, string Folder, ReportDocument Document)
{
    /// <summary>The report of a step's explanation: a result whose bad end is the step and whose good end is its parent.</summary>
    public static StepReport Of(BisectResult explained)
    {
        var step = explained.Bad?.Commit ?? throw new ArgumentException("A step's explanation names the step as its bad end.", nameof(explained));
        return new(step.Sha, ReportNames.StepFolder(step), ReportDocument.Of(explained));
    }

    /// <summary>Where report.json points at it: its Markdown report, relative to the linking report's folder.</summary>
    public string Link => $"{Folder}/{ReportNames.MarkdownFile}";
}
