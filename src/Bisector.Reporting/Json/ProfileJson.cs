using Bisector.Reporting.Explain;
using Bisector.Core.Explain;

namespace Bisector.Reporting.Json;

/// <summary>
/// The contract's profile: the tool, the symbols most regressed first and the machine-code findings, plus how the
/// profiles were taken and what the contributions are a share of.
/// </summary>
internal sealed record ProfileJson(
    string? Tool,
    string? TimeProfile,
    string? InstructionProfile,
    string? ContributionBasis,
    IReadOnlyList<SymbolJson> Symbols,
    IReadOnlyList<MachineCodeJson> MachineCode,
    IReadOnlyList<SiteJson> Sites,
    IReadOnlyList<HotInstructionsJson> HotInstructions)
{
    /// <summary>Null without a culprit, or when neither a profile nor the machine code could be had.</summary>
    public static ProfileJson? Of(Explanation? explanation)
    {
        if (explanation is not ({ Profile: not null } or { MachineCode.Count: > 0 }))
        {
            return null;
        }

        var profile = explanation.Profile;
        var basis = profile?.ContributionBasis == "time" ? profile.Time : profile?.Instructions;
        return new(
            (basis ?? profile?.Time ?? profile?.Instructions)?.Tool,
            profile?.Time is { } time ? ProfileMethodText.Describe(time) : null,
            profile?.Instructions is { } instructions ? ProfileMethodText.Describe(instructions) : null,
            profile?.ContributionBasis,
            [.. (profile?.Symbols ?? []).Select(SymbolJson.Of)],
            [.. explanation.MachineCode.Select(MachineCodeJson.Of)],
            [.. explanation.Sites.Select(SiteJson.Of)],
            [.. explanation.MachineCode.Where(c => c.Hot is not null).Select(c => HotInstructionsJson.Of(c.Symbol, c.Hot!, profile?.Time))]);
    }
}
