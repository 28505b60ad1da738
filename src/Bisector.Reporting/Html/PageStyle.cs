using Bisector.Reporting.Charts;

namespace Bisector.Reporting.Html;

/// <summary>The page's one stylesheet and its content policy: everything inline, nothing fetched.</summary>
internal static class PageStyle
{
    /// <summary>The browser may load nothing from anywhere: styles are inline and the chart is a data URI.</summary>
    public const string ContentSecurityPolicy = "default-src 'none'; img-src data:; style-src 'unsafe-inline'";

    public static string Css { get; } = string.Concat(
        "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:2em auto;max-width:84em;padding:0 1.5em;color:#1f2328;line-height:1.45}",
        "h1{font-size:1.6em;margin-bottom:.3em}h2{font-size:1.3em;border-bottom:1px solid #d8dee4;padding-bottom:.2em;margin-top:1.8em}h3{font-size:1.05em;margin-top:1.4em}",
        "nav{font-size:.92em;margin:.6em 0 1em}nav a{margin-right:1em}",
        // Tables fit the page, their text cells wrapping (long symbol names, paths), rather than scrolling sideways behind
        // a scrollbar; only machine code keeps its lines and scrolls.
        "table{border-collapse:collapse;margin:.6em 0;max-width:100%}td,th{border:1px solid #d0d7de;padding:.25em .6em;text-align:left;vertical-align:top;overflow-wrap:anywhere}th{background:#f6f8fa}",
        ".num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}code,pre{font-family:ui-monospace,'DejaVu Sans Mono',monospace;font-size:.9em}",
        ".verdict{font-size:1.15em}.conclusion{background:#f6f8fa;border-left:4px solid #b22222;padding:.6em 1em}.muted{color:#656d76}",
        "figure{margin:1em 0}figure img{max-width:100%;height:auto;border:1px solid #d0d7de}figcaption{font-size:.9em;color:#656d76}",
        "pre{background:#f6f8fa;padding:.7em;overflow-x:auto}pre.diff span{display:block;min-height:1.45em}",
        ".add{background:#dafbe1}.del{background:#ffebe9}.ren{background:#fff8c5}.hunk{color:#0550ae;background:#ddf4ff}.file{font-weight:bold}",
        "table.asm{display:block;width:max-content;overflow:auto}table.asm td{overflow-wrap:normal;font-family:ui-monospace,'DejaVu Sans Mono',monospace;font-size:.85em;border-color:#e5e8eb}table.asm tr.hunk td{font-family:inherit}",
        "table.asm td.side{border-left:3px solid #8c959f}",
        // The steps table has many columns: it takes the page's width, for its text cells to wrap as little as they can.
        "table.steps{width:100%}",
        string.Concat(VerdictMark.All.Select(m => $".{m.Name}{{color:{m.Color}}}")));
}
