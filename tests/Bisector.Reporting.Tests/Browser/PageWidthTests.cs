using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Bisector.Core.Session;
using Bisector.Reporting.Html;
using Bisector.Testing;

namespace Bisector.Reporting.Tests.Browser;

/// <summary>report.html in chromium at 1280x800: the page and every table fit the window, none needs a horizontal scrollbar.</summary>
public sealed partial class PageWidthTests
{
    private const int Width = 1280;
    private const int Height = 800;

    /// <summary>Added to a test copy only: after load, how wide the page is against its window, and the widest element.</summary>
    private const string Probe = """
        <script>
        window.addEventListener('load', () => {
          const page = document.scrollingElement;
          const widest = [...document.querySelectorAll('body *')].reduce((w, e) => e.getBoundingClientRect().right > w.right ? { right: e.getBoundingClientRect().right, tag: e.tagName + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : '') } : w, { right: 0, tag: '' });
          const probe = document.createElement('pre');
          probe.id = 'probe';
          // A table is a block that scrolls on its own when too wide: its last columns then hide behind its own scrollbar.
          const scrolling = [...document.querySelectorAll('table')].filter(t => t.scrollWidth > t.clientWidth + 1)
            .map(t => (t.className || 'table') + ' ' + t.scrollWidth + '>' + t.clientWidth + ': ' + t.rows[0].textContent.slice(0, 80));
          probe.textContent = JSON.stringify({ scrollWidth: page.scrollWidth, clientWidth: page.clientWidth, widest, scrolling });
          document.body.appendChild(probe);
        });
        </script>
        """;

    public static TheoryData<string> Reports() => ["culprit-found", "mapped", "crowded"];

    /// <summary>The sample reports, and a culprit report whose every step ran on a named node beside Bisector's own work: the longest cells a step can have.</summary>
    private static BisectResult Report(string name) => name switch
    {
        "culprit-found" => SampleResults.CulpritFound(),
        "mapped" => SampleResults.Mapped(),
        _ => SampleResults.CulpritFound() is var result
            ? result with
            {
                Steps = result.Steps.Select(step => step with
                {
                    Load = new LoadSummary(81.5, 195.2, 3.42, [0, 1]) { Hosts = ["compute-node-017.cluster.example.org"], OwnCpusMax = 0.97, StealPercentMax = 22 },
                }).ToArray(),
            }
            : throw new InvalidOperationException(),
    };

    [ChromiumTheory(Timeout = 180_000)]
    [MemberData(nameof(Reports))]
    public async Task The_report_fits_a_1280_pixel_window_without_a_horizontal_scrollbar(string name)
    {
        using var folder = new TempDirectory("bisector-html");
        var page = folder.Combine("report.html");
        await File.WriteAllTextAsync(page, BrowserTests.WithProbe(HtmlReportWriter.Render(Report(name)), Probe));

        var dom = await Chromium.DumpDomAsync(page, Width, Height, CancellationToken.None);

        var probe = ProbeOutput().Match(dom);
        Assert.True(probe.Success, $"The probe did not run; the page's DOM was:\n{dom[..Math.Min(dom.Length, 2000)]}");
        using var json = JsonDocument.Parse(WebUtility.HtmlDecode(probe.Groups[1].Value));
        var (scroll, client) = (json.RootElement.GetProperty("scrollWidth").GetInt32(), json.RootElement.GetProperty("clientWidth").GetInt32());
        Assert.True(client > 1000, $"the window is {client} pixels wide");
        Assert.True(scroll <= client, $"the page is {scroll} pixels wide in a {client}-pixel window; widest: {json.RootElement.GetProperty("widest")}");
        Assert.True(json.RootElement.GetProperty("scrolling").GetArrayLength() == 0, $"tables wider than their place scroll: {json.RootElement.GetProperty("scrolling")}");
    }

    [GeneratedRegex("<pre id=\"probe\">(.*?)</pre>", RegexOptions.Singleline)]
    private static partial Regex ProbeOutput();
}
