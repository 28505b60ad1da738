using System.Globalization;
using Bisector.Core.Session;
using Bisector.Core.Statistics;

namespace Bisector.Bench;

/// <summary>
/// Where the endpoints' "time and instructions disagree" finding appeared: it should appear in every layout bisection
/// whose build offsets hid a real rise in instructions from time, and nowhere a real change shows in both.
/// </summary>
internal sealed class FindingTotals
{
    private readonly Lock _lock = new();
    private int _hidden;
    private int _hiddenSaid;
    private int _layoutShown;
    private int _layoutShownAgree;
    private int _elsewhere;
    private int _elsewhereDisagree;

    public void Add(DriftKind drift, bool instructionsRose, IEnumerable<Outcome> outcomes)
    {
        lock (_lock)
        {
            foreach (var finding in outcomes.Select(o => o.TimeVsInstructions).OfType<TimeVsInstructions>())
            {
                var timeShowed = finding.TimeOutcome == EndpointOutcome.Regression;
                if (drift == DriftKind.Layout && instructionsRose && !timeShowed)
                {
                    _hidden++;
                    _hiddenSaid += finding.Finding == TimeInstructionFinding.InstructionsOnly ? 1 : 0;
                }
                else if (drift == DriftKind.Layout && instructionsRose)
                {
                    _layoutShown++;
                    _layoutShownAgree += finding.Finding == TimeInstructionFinding.Agree ? 1 : 0;
                }
                else if (drift != DriftKind.Layout && instructionsRose == timeShowed)
                {
                    _elsewhere++;
                    _elsewhereDisagree += finding.Finding == TimeInstructionFinding.Agree ? 0 : 1;
                }
            }
        }
    }

    public string Summary => string.Create(CultureInfo.InvariantCulture,
        $"Time vs instructions at the endpoints: layout offsets hid a real rise from time in {_hidden} bisections, \"instructions-only\" said in {_hiddenSaid}; " +
        $"layout bisections where time showed it: \"agree\" in {_layoutShownAgree} of {_layoutShown}; other machines where time and the real change agree: a disagreement claimed in {_elsewhereDisagree} of {_elsewhere}");
}
