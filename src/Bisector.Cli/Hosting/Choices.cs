namespace Bisector.Cli.Hosting;

/// <summary>An option's values as the command line spells them, each with the typed value it stands for; the enum's default value is the option's default.</summary>
internal sealed class Choices<T>(params (string Name, T Value)[] all)
    where T : struct, Enum
{
    public IReadOnlyList<string> Names { get; } = [.. all.Select(c => c.Name)];

    /// <summary>The typed value of <paramref name="name"/> (spelled exactly), or null.</summary>
    public T? Parse(string name) => all.Where(c => c.Name == name).Select(c => (T?)c.Value).FirstOrDefault();

    public string Name(T value) => all.First(c => EqualityComparer<T>.Default.Equals(c.Value, value)).Name;
}
