namespace Bisector.Reporting.Tests.Browser;

/// <summary>A theory that needs Debian's chromium: skipped, saying how to install it, only where it is missing.</summary>
public sealed class ChromiumTheoryAttribute : TheoryAttribute
{
    public ChromiumTheoryAttribute()
    {
        Skip = Chromium.Missing;
    }
}
