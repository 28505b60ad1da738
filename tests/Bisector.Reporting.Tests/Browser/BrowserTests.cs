using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Bisector.Reporting.Charts;
using Bisector.Reporting.Html;
using Bisector.Testing;
using SkiaSharp;

namespace Bisector.Reporting.Tests.Browser;

/// <summary>
/// report.html opened in a real browser: the chart image decodes, the page asks the network for nothing, and the page
/// draws. The culprit-found sample's page and screenshot are kept next to the test binary (browser/culprit-found.html
/// and .png) for a person to look at.
/// </summary>
public sealed partial class BrowserTests
{
    private const int WindowWidth = 1280;
    private const int WindowHeight = 2400;

    /// <summary>Added to a test copy only: reports, after load, what the chart decoded to and what the page fetched or tried to.</summary>
    private const string Probe = """
        <script>
        const blocked = [];
        document.addEventListener('securitypolicyviolation', e => blocked.push(e.blockedURI));
        window.addEventListener('load', () => {
          const image = document.querySelector('#chart img');
          const probe = document.createElement('pre');
          probe.id = 'probe';
          probe.textContent = JSON.stringify({
            chart: image ? { complete: image.complete, width: image.naturalWidth, height: image.naturalHeight } : null,
            fetched: performance.getEntriesByType('resource').map(e => e.name).filter(n => !n.startsWith('data:')),
            blocked,
          });
          document.body.appendChild(probe);
        });
        </script>
        """;

    [ChromiumFact(Timeout = 180_000)]
    public async Task A_culprit_report_loads_its_chart_in_chromium_without_any_network_request()
    {
        using var folder = new TempDirectory("bisector-html");
        var report = HtmlReportWriter.Render(SampleResults.CulpritFound());
        var page = folder.Combine("report.html");
        await File.WriteAllTextAsync(page, WithProbe(report));

        var dom = await Chromium.DumpDomAsync(page, CancellationToken.None);

        var probe = ProbeOutput().Match(dom);
        Assert.True(probe.Success, $"The probe did not run; the page's DOM was:\n{dom[..Math.Min(dom.Length, 2000)]}");
        using var json = JsonDocument.Parse(WebUtility.HtmlDecode(probe.Groups[1].Value));
        var chart = json.RootElement.GetProperty("chart");
        Assert.True(chart.GetProperty("complete").GetBoolean());
        Assert.Equal(MetricChartPlot.Width, chart.GetProperty("width").GetInt32());
        Assert.Equal(MetricChartPlot.Height, chart.GetProperty("height").GetInt32());
        Assert.Empty(json.RootElement.GetProperty("fetched").EnumerateArray());
        Assert.Empty(json.RootElement.GetProperty("blocked").EnumerateArray());
    }

    [ChromiumFact(Timeout = 180_000)]
    public async Task A_culprit_report_draws_a_page_with_its_chart_in_a_chromium_screenshot()
    {
        using var folder = new TempDirectory("bisector-html");
        var page = folder.Combine("report.html");
        await File.WriteAllTextAsync(page, HtmlReportWriter.Render(SampleResults.CulpritFound()));
        var screenshot = folder.Combine("culprit-found.png");

        await Chromium.ScreenshotAsync(page, screenshot, WindowWidth, WindowHeight, CancellationToken.None);

        var kept = Path.Combine(AppContext.BaseDirectory, "browser", "culprit-found.png");
        Directory.CreateDirectory(Path.GetDirectoryName(kept)!);
        File.Copy(screenshot, kept, overwrite: true);
        File.Copy(page, Path.ChangeExtension(kept, ".html"), overwrite: true);
        using var bitmap = SKBitmap.Decode(screenshot);
        Assert.Equal((WindowWidth, WindowHeight), (bitmap.Width, bitmap.Height));
        var (inked, colours) = Ink(bitmap);
        Assert.True(inked > 0.03, $"Only {inked:P1} of the screenshot differs from the background: see {kept}");
        Assert.True(colours > 40, $"The screenshot has only {colours} colours: see {kept}");
        Assert.True(HasChartColour(bitmap), $"No pixel in the chart's colours (good green, bad red): see {kept}");
    }

    /// <summary>The page with a policy that lets the probe run, and the probe; every other rule of the policy stays.</summary>
    /// <summary>A test copy of the page with <paramref name="probe"/> (a script) added and allowed to run.</summary>
    internal static string WithProbe(string report, string probe = Probe)
    {
        var policy = $"content=\"{PageStyle.ContentSecurityPolicy}\"";
        Assert.Contains(policy, report, StringComparison.Ordinal);
        return report
            .Replace(policy, $"content=\"{PageStyle.ContentSecurityPolicy}; script-src 'unsafe-inline'\"", StringComparison.Ordinal)
            .Replace("</body>", probe + "</body>", StringComparison.Ordinal);
    }

    /// <summary>The share of pixels that are not the page's white, and how many colours the page uses (sampled).</summary>
    private static (double Inked, int Colours) Ink(SKBitmap bitmap)
    {
        var colours = new HashSet<SKColor>();
        int inked = 0, sampled = 0;
        for (var y = 0; y < bitmap.Height; y += 3)
        {
            for (var x = 0; x < bitmap.Width; x += 3)
            {
                var pixel = bitmap.GetPixel(x, y);
                colours.Add(pixel);
                sampled++;
                if (pixel.Red < 235 || pixel.Green < 235 || pixel.Blue < 235)
                {
                    inked++;
                }
            }
        }

        return ((double)inked / sampled, colours.Count);
    }

    private static bool HasChartColour(SKBitmap bitmap)
    {
        var green = SKColor.Parse(VerdictMark.Good.Color);
        var red = SKColor.Parse(VerdictMark.Bad.Color);
        bool Near(SKColor a, SKColor b) => Math.Abs(a.Red - b.Red) + Math.Abs(a.Green - b.Green) + Math.Abs(a.Blue - b.Blue) < 30;
        bool seenGreen = false, seenRed = false;
        for (var y = 0; y < bitmap.Height && !(seenGreen && seenRed); y += 2)
        {
            for (var x = 0; x < bitmap.Width; x += 2)
            {
                var pixel = bitmap.GetPixel(x, y);
                seenGreen |= Near(pixel, green);
                seenRed |= Near(pixel, red);
            }
        }

        return seenGreen && seenRed;
    }

    [GeneratedRegex("<pre id=\"probe\">(.*?)</pre>", RegexOptions.Singleline)]
    private static partial Regex ProbeOutput();
}
