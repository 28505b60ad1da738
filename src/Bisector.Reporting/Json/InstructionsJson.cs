using Bisector.Reporting.Text;
using Bisector.Core.Session;

namespace Bisector.Reporting.Json;

/// <summary>Culprit and parent counted in instructions, when time decided the verdicts.</summary>
internal sealed record InstructionsJson(
    string Metric,
    string Finding,
    double ChangePercent,
    double TimeShiftPercent,
    string Explanation,
    IReadOnlyList<double> ParentValues,
    IReadOnlyList<double> CulpritValues)
{
    public static InstructionsJson? Of(InstructionEvidence? evidence) => evidence is null
        ? null
        : new(
            evidence.Metric,
            ReportNames.Finding(evidence.Finding),
            Math.Round(evidence.ChangePercent, 4),
            Math.Round(evidence.TimeShiftPercent, 3),
            InstructionText.Explain(evidence),
            evidence.ParentValues,
            evidence.CulpritValues);
}
