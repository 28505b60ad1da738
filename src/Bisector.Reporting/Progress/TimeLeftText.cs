using System.Globalization;

namespace Bisector.Reporting.Progress;

/// <summary>The words for an estimate of the time left, as the progress lines and the status line say it.</summary>
public static class TimeLeftText
{
    /// <summary>"about 40 s left", "about 3 min left", "about 1 h 25 min left": rounded to what an estimate can promise.</summary>
    public static string Describe(TimeSpan left)
    {
        var seconds = Math.Max(10, (int)Math.Ceiling(left.TotalSeconds / 10) * 10);
        if (seconds < 60)
        {
            return string.Create(CultureInfo.InvariantCulture, $"about {seconds} s left");
        }

        var minutes = Math.Max(1, (int)Math.Round(left.TotalMinutes, MidpointRounding.AwayFromZero));
        if (minutes < 60)
        {
            return string.Create(CultureInfo.InvariantCulture, $"about {minutes} min left");
        }

        // Beyond an hour, to five minutes: one step more or less moves it by more than that anyway.
        var rounded = (int)Math.Round(left.TotalMinutes / 5, MidpointRounding.AwayFromZero) * 5;
        return rounded % 60 == 0
            ? string.Create(CultureInfo.InvariantCulture, $"about {rounded / 60} h left")
            : string.Create(CultureInfo.InvariantCulture, $"about {rounded / 60} h {rounded % 60} min left");
    }
}
