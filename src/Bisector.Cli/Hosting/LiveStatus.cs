using System.Diagnostics;
using System.Globalization;
using Bisector.Core.Search;
using Bisector.Reporting.Progress;

namespace Bisector.Cli.Hosting;

/// <summary>
/// The last line of a terminal, redrawn in place every second: what the command is doing now, how long it has been
/// running and, once a step has been timed, about how long it still needs. Every other write to the terminal goes
/// through a <see cref="LiveStatusWriter"/>, which takes the line away first and puts it back after a finished line, so
/// progress lines and log lines scroll above it as usual.
/// Only used when stdout is a terminal: redirected output (CI logs, tests) gets the plain lines alone.
/// </summary>
internal sealed class LiveStatus : IDisposable
{
    private const string EraseLine = "\r\u001b[2K";

    private readonly TextWriter _terminal;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _lock = new();
    private readonly Timer _timer;
    private string? _text;
    private TimeSpan? _estimateEnds;
    private bool _shown;
    private bool _midLine;

    public LiveStatus(TextWriter terminal)
    {
        _terminal = terminal;
        _timer = new Timer(_ => Redraw(), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
    }

    /// <summary>Whether stdout is a terminal that understands a line redrawn in place.</summary>
    public static bool IsSupported =>
        !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("TERM") is not (null or "" or "dumb");

    /// <summary>Shows what is being done now (null takes the line away, e.g. before the summary).</summary>
    public void Set(string? text)
    {
        lock (_lock)
        {
            _text = text;
            Hide();
            Draw();
        }
    }

    /// <summary>
    /// Sets the estimate of the time left, counted down on the line from now; null takes it away. An estimate that has run
    /// out is no longer shown: the line would otherwise promise an end it no longer knows.
    /// </summary>
    public void SetTimeLeft(TimeSpan? left)
    {
        lock (_lock)
        {
            _estimateEnds = _clock.Elapsed + left;
        }
    }

    /// <summary>Runs a write to the terminal with the line taken away, and puts it back once the written line is finished.</summary>
    public void Around(Action write, bool endsLine)
    {
        lock (_lock)
        {
            Hide();
            write();
            _midLine = !endsLine;
            Draw();
        }
    }

    public void Dispose()
    {
        _timer.Dispose();
        Set(null);
    }

    private void Redraw()
    {
        lock (_lock)
        {
            if (_shown)
            {
                Draw();
            }
        }
    }

    private void Hide()
    {
        if (_shown)
        {
            _terminal.Write(EraseLine);
            _terminal.Flush();
            _shown = false;
        }
    }

    private void Draw()
    {
        if (_text is null || _midLine)
        {
            return;
        }

        var elapsed = _clock.Elapsed;
        var clock = elapsed.TotalHours >= 1
            ? elapsed.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture)
            : elapsed.ToString(@"m\:ss", CultureInfo.InvariantCulture);
        var suffix = _estimateEnds - elapsed is { Ticks: > 0 } left ? $" · {clock} elapsed · {TimeLeftText.Describe(left)}" : $" · {clock} elapsed";
        // A line longer than the terminal would wrap, and "\r" could then no longer take all of it away.
        var room = Width() - 1 - suffix.Length;
        var text = _text.Length <= room ? _text : string.Concat(_text.AsSpan(0, Math.Max(room - 1, 0)), "…");
        _terminal.Write(EraseLine + text + suffix);
        _terminal.Flush();
        _shown = true;
    }

    private static int Width()
    {
        try
        {
            return Console.WindowWidth > 10 ? Console.WindowWidth : 80;
        }
        catch (IOException)
        {
            return 80;
        }
    }
}
