using Bisector.Core.Explain;
using Bisector.Core.Session;
using Bisector.Reporting.Explain;

namespace Bisector.Reporting.Document;

/// <summary>Each profiled function's machine code in parent and culprit: the findings, and the changed hunks side by side.</summary>
public sealed record MachineCodeSection(ReportTable Findings, IReadOnlyList<MachineCodeComparison> Functions) : ReportSection("machine-code", "Machine code: parent and culprit")
{
    public static MachineCodeSection? Of(BisectResult result) => result.Explanation is { MachineCode.Count: > 0 } explanation
        ? new(ExplanationTables.MachineCode(explanation.MachineCode), explanation.MachineCode)
        : null;
}
