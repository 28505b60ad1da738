using Bisector.Core.Explain.Sites;
using Bisector.Reporting.Explain;

namespace Bisector.Reporting.Tests.Explain;

public sealed class SiteTextTests
{
    private static readonly string[] s_flagTest = ["mov R,DWORD PTR [rip+<flag>]", "mov R,R", "xor R,0x1", "test R,R", "cmovne R,R"];

    private static SiteComparison Site(int line, SiteFinding finding, params string[] added) =>
        new("eval", "prog.c", line, 4, 4 + added.Length, finding, added, [], 1000, 1000);

    [Fact]
    public void Every_site_changed_alike_reads_as_each_with_the_instructions_added()
    {
        var sites = Enumerable.Range(10, 12).Select(line => Site(line, SiteFinding.Changed, s_flagTest)).ToArray();

        Assert.Equal(
            "STEP() expands at 12 sites in eval: 12 changed, each +5 instructions (mov, mov, xor, test, cmovne)",
            SiteText.Macro(new MacroSites("STEP", "eval", sites, s_flagTest, [])));
    }

    [Fact]
    public void Identical_sites_say_the_source_change_did_not_change_the_machine_code()
    {
        var sites = Enumerable.Range(10, 12).Select(line => Site(line, SiteFinding.Identical)).ToArray();

        Assert.Equal(
            "STEP() expands at 12 sites in eval: all 12 identical: the source change did not change the machine code at these sites",
            SiteText.Macro(new MacroSites("STEP", "eval", sites, [], [])));
    }

    [Fact]
    public void A_mix_names_each_kind_and_how_many_changed_as_most_did()
    {
        var sites = new[] { Site(10, SiteFinding.Changed, s_flagTest), Site(11, SiteFinding.Changed, "add R,R"), Site(12, SiteFinding.SameShape), Site(13, SiteFinding.Identical) };

        Assert.Equal(
            "STEP() expands at 4 sites in eval: 2 changed, 1 of them +5 instructions (mov, mov, xor, test, cmovne), 1 the same but for registers, 1 identical",
            SiteText.Macro(new MacroSites("STEP", "eval", sites, s_flagTest, [])));
    }
}
