namespace Bisector.Reporting.Tests.Browser;

/// <summary>A test that needs Debian's chromium: skipped, saying how to install it, only where it is missing.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        Skip = Chromium.Missing;
    }
}
