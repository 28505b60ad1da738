using System.Globalization;

namespace Bisector.Reporting;

/// <summary>How numbers read in every view: the reports and the terminal.</summary>
public static class Format
{
    public static string Number(double value) => Math.Abs(value) switch
    {
        0 => "0",
        >= 1e4 => value.ToString("N0", CultureInfo.InvariantCulture),
        >= 100 => value.ToString("0.0", CultureInfo.InvariantCulture),
        >= 1 => value.ToString("0.000", CultureInfo.InvariantCulture),
        _ => value.ToString("0.####e+0", CultureInfo.InvariantCulture),
    };

    public static string Percent(double value) => value.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) + " %";

    /// <summary>An unsigned share in percent: a spread, not a change.</summary>
    public static string Share(double value) => value.ToString("0.0", CultureInfo.InvariantCulture) + " %";

    /// <summary>A fraction (0..1) of a whole, as a share in percent: "82.0 %".</summary>
    public static string Fraction(double fraction) => Share(fraction * 100);

    /// <summary>A count of things (instructions, executions, bytes) with thousands separators: "2,000,000".</summary>
    public static string Count(double count) => count.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A signed count: "+3", "-1", "0".</summary>
    public static string SignedCount(double count) => count.ToString("+#,0;-#,0;0", CultureInfo.InvariantCulture);

    /// <summary>A SHA as every line shows it: its first 10 characters, as <c>CommitInfo.ShortSha</c>.</summary>
    public static string Sha(string sha) => sha[..Math.Min(10, sha.Length)];

    public static string Hex(long value) => "0x" + value.ToString("x", CultureInfo.InvariantCulture);

    public static string PValue(double p) => p < 0.0001 ? "< 0.0001" : p.ToString("0.0000", CultureInfo.InvariantCulture);

    public static string Seconds(double seconds) => seconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";

    public static string Date(DateTimeOffset date) => date.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture);
}
