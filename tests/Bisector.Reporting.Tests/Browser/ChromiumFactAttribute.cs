namespace Bisector.Reporting.Tests.Browser;

/// <summary>A test that needs Debian's chromium: skipped, saying how to install it, only where it is missing.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Executable is null)
        {
            Skip = "chromium is not installed: run scripts/setup --tests as root, or apt-get install --no-install-recommends chromium";
        }
    }
}
