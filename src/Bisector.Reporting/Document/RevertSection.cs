using Bisector.Core.Session;
using Bisector.Reporting.Text;

namespace Bisector.Reporting.Document;

/// <summary>The culprit undone at the tip and measured against it, and the map's undone steps that were left alone.</summary>
/// <param name="Check">What reverting the culprit recovers, or why it was not measured; null when not checked.</param>
/// <param name="NotReverted">Each undone step, with why it is not reverted.</param>
public sealed record RevertSection(string? Check, IReadOnlyList<string> NotReverted) : ReportSection("revert", "Revert check at the tip")
{
    public static RevertSection? Of(BisectResult result)
    {
        if (result.RevertCheck is null && result.NotReverted.Count == 0)
        {
            return null;
        }

        var tipName = result.RevertCheck is { } check && result.Bad is { } bad && bad.Sha == check.TipSha ? bad.Rev : null;
        return new RevertSection(
            result.RevertCheck is { } c ? RevertText.Check(c, tipName) : null,
            [.. result.NotReverted.Select(RevertText.NotReverted)]);
    }

    /// <summary>Every line, the check first.</summary>
    public IReadOnlyList<string> Lines => [.. Check is { } check ? [check] : Array.Empty<string>(), .. NotReverted];
}
