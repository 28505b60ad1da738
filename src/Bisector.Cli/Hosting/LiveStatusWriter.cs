using System.Text;

namespace Bisector.Cli.Hosting;

/// <summary>A writer to the terminal (stdout or stderr) that keeps the <see cref="LiveStatus"/> line below what it writes.</summary>
internal sealed class LiveStatusWriter(TextWriter inner, LiveStatus status) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value) => status.Around(() => inner.Write(value), value == '\n');

    public override void Write(string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            status.Around(() => inner.Write(value), value.EndsWith('\n'));
        }
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void WriteLine() => Write(inner.NewLine);

    public override void WriteLine(string? value) => Write(value + inner.NewLine);

    public override void Flush() => inner.Flush();
}
