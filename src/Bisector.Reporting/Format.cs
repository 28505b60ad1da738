using System.Globalization;

namespace Bisector.Reporting;

internal static class Format
{
    public static string Number(double value) => Math.Abs(value) switch
    {
        0 => "0",
        >= 1e6 => value.ToString("N0", CultureInfo.InvariantCulture),
        >= 100 => value.ToString("0.0", CultureInfo.InvariantCulture),
        >= 1 => value.ToString("0.000", CultureInfo.InvariantCulture),
        _ => value.ToString("0.####e+0", CultureInfo.InvariantCulture),
    };

    public static string Percent(double value) => value.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) + " %";

    /// <summary>An unsigned share in percent: a spread, not a change.</summary>
    public static string Share(double value) => value.ToString("0.0", CultureInfo.InvariantCulture) + " %";

    public static string PValue(double p) => p < 0.0001 ? "< 0.0001" : p.ToString("0.0000", CultureInfo.InvariantCulture);

    public static string Seconds(double seconds) => seconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";

    public static string Date(DateTimeOffset date) => date.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture);
}
