using Bisector.Reporting.Text;
using Bisector.Core.Session;

namespace Bisector.Reporting.Json;

/// <summary>A commit the work search counted.</summary>
internal sealed record WorkStepJson(string Sha, string Verdict, IReadOnlyList<double> Values, string? Note)
{
    public static WorkStepJson Of(WorkStep step) => new(step.Commit.Sha, ReportNames.Verdict(step.Verdict), step.Values, step.Note is { } note ? FindingText.Describe(note) : null);
}
