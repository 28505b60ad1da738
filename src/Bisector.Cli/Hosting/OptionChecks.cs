using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Bisector.Core.Configuration;

namespace Bisector.Cli.Hosting;

/// <summary>
/// Checks an option's value while the command line is parsed, before any work: a value of the wrong type or out of range
/// becomes one parse error that names the option and what it accepts ("--threshold: must be a positive number of percent, e.g. 5, not -5").
/// </summary>
internal static class OptionChecks
{
    public static Option<double?> Number(this Option<double?> option, string accepts, Func<double, bool> valid)
    {
        option.CustomParser = result => Parse<double>(result, option.Name, accepts, text =>
            double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && valid(value) ? value : null);
        return option;
    }

    public static Option<int?> Whole(this Option<int?> option, string accepts, Func<int, bool> valid)
    {
        option.CustomParser = result => Parse<int>(result, option.Name, accepts, text =>
            int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && valid(value) ? value : null);
        return option;
    }

    public static Option<long?> Whole(this Option<long?> option, string accepts, Func<long, bool> valid)
    {
        option.CustomParser = result => Parse<long>(result, option.Name, accepts, text =>
            long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && valid(value) ? value : null);
        return option;
    }

    public static Option<int> Whole(this Option<int> option, string accepts, Func<int, bool> valid)
    {
        option.CustomParser = result => Parse<int>(result, option.Name, accepts, text =>
            int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && valid(value) ? value : (int?)null) ?? 0;
        return option;
    }

    public static Option<string> OneOf(this Option<string> option, params string[] choices)
    {
        option.Validators.Add(result =>
        {
            var value = result.Tokens.Count > 0 ? result.Tokens[^1].Value : null;
            if (value is not null && !choices.Contains(value, StringComparer.Ordinal))
            {
                result.AddError($"{option.Name}: must be {string.Join(" or ", choices)}, not {value}");
            }
        });
        return option;
    }

    /// <summary>
    /// An option whose values are names of <paramref name="choices"/>, parsed to the typed value; any other is one parse
    /// error listing them in their order. Without it, the option is the enum's default value, and the help names it as it spells it.
    /// </summary>
    public static Option<T> OneOf<T>(this Option<T> option, Choices<T> choices)
        where T : struct, Enum
    {
        option.HelpName = option.Name.TrimStart('-');
        option.Description += $" [default: {choices.Name(default)}]";
        option.CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
            if (choices.Parse(text) is { } value)
            {
                return value;
            }

            result.AddError($"{option.Name}: must be {string.Join(" or ", choices.Names)}, not {text}");
            return default;
        };
        return option;
    }

    /// <summary>A --metric value: a metric's name or one of its aliases, in any case (<see cref="Metric.TryParse"/>).</summary>
    public static Option<Metric?> OneMetric(this Option<Metric?> option)
    {
        option.CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
            if (Metric.TryParse(text, out var metric))
            {
                return metric;
            }

            result.AddError($"{option.Name} {text}: not a metric; use one of {string.Join(", ", Metric.Names)}");
            return null;
        };
        return option;
    }

    /// <summary>A --cpu value: auto, none, or a taskset list of CPUs this process may use.</summary>
    public static Option<string?> CpuList(this Option<string?> option)
    {
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } value && Cpus.Problem(value) is { } problem)
            {
                result.AddError($"{option.Name} {value}: {problem}");
            }
        });
        return option;
    }

    private static T? Parse<T>(ArgumentResult result, string name, string accepts, Func<string, T?> parse)
        where T : struct
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
        var value = parse(text);
        if (value is null)
        {
            result.AddError($"{name}: {accepts}, not {(text.Length == 0 ? "nothing" : text)}");
        }

        return value;
    }
}
