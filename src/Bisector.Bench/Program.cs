using System.Diagnostics;
using System.Globalization;
using Bisector.Bench;
using Bisector.Core.Statistics;

// Noise simulation bench: thousands of synthetic bisections with a known culprit, on the real search and
// verdict code, side by side with two baselines on the same histories. Usage: simulate [--trials N] [--quick]
var trials = 100;
var quick = args.Contains("--quick");
for (var i = 0; i < args.Length - 1; i++)
{
    if (args[i] == "--trials")
    {
        trials = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
    }
}

int[] lengths = quick ? [10, 1000] : [10, 100, 1000, 5000];
(double Effect, double Noise)[] pairs =
[
    (0.20, 0.005), (0.20, 0.02), (0.10, 0.02), (0.05, 0.01), (0.03, 0.01), (0.06, 0.02), (0.30, 0.10),
    (0.10, 0.05), (0.02, 0.01), (0.05, 0.05), (0.10, 0.10),
    (0.0, 0.005), (0.0, 0.02), (0.0, 0.10),
];
// The smallest change the run cares about: below the smallest simulated effect.
var options = StatisticsOptions.Default with { ThresholdPercent = 0.5 };

Console.WriteLine($"Noise simulation: {trials} bisections per row, culprit drawn uniformly, threshold {options.ThresholdPercent}%, alpha {options.Alpha}, samples {string.Join("/", options.SampleSchedule)}");
Console.WriteLine("Columns per strategy: correct % / false % / ambiguous % / no-regression % / mean samples per tested commit");
Console.WriteLine();
Console.WriteLine("| length | effect | noise | effect/sd | Bisector | bench_runner (1 sample, midpoint) | fixed 10-sample Mann-Whitney |");
Console.WriteLine("|---|---|---|---|---|---|---|");
var stopwatch = Stopwatch.StartNew();
var strong = new Totals();
var strongFixed = new Totals();
var flat = new Totals();
foreach (var length in lengths)
{
    foreach (var (effect, noise) in pairs)
    {
        foreach (var heavy in new[] { false, true })
        {
            var rows = new Outcome[3][];
            for (var s = 0; s < 3; s++)
            {
                rows[s] = new Outcome[trials];
            }

            Parallel.For(0, trials, trial =>
            {
                // Deterministic across processes (HashCode.Combine is randomized per process): every run prints the same table.
                var seed = unchecked((((((length * 397) ^ (int)(effect * 10000)) * 397) ^ (int)(noise * 10000)) * 397 ^ (heavy ? 1 : 0)) * 397) ^ trial;
                var culprit = effect > 0 ? 1 + new Random(seed).Next(length - 1) : (int?)null;
                var scenario = new Scenario(length, culprit, effect, new NoiseModel(noise, heavy));
                rows[0][trial] = Strategies.Bisector(scenario, seed, options);
                rows[1][trial] = Strategies.BenchRunner(scenario, seed);
                rows[2][trial] = Strategies.FixedTen(scenario, seed);
            });

            var ratio = effect / noise;
            if (effect > 0 && ratio >= 3)
            {
                strong.Add(rows[0]);
                strongFixed.Add(rows[2]);
            }
            else if (effect == 0)
            {
                flat.Add(rows[0]);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {length} | {effect * 100:0}% | {new NoiseModel(noise, heavy)} | {ratio:0.#} | {Cell(rows[0])} | {Cell(rows[1])} | {Cell(rows[2])} |"));
        }
    }
}

Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Effects of at least 3 sd ({strong.Count} bisections): Bisector {strong.Percent(Verdict.Correct):0.00}% correct, {strong.Percent(Verdict.False):0.00}% false, {strong.MeanSamples:0.00} samples per tested commit; fixed-10 {strongFixed.Percent(Verdict.Correct):0.00}% correct, {strongFixed.Percent(Verdict.False):0.00}% false, {strongFixed.MeanSamples:0.00} samples per tested commit"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"No regression ({flat.Count} bisections): Bisector says no regression in {flat.Percent(Verdict.NoRegression):0.00}%, names a culprit in {flat.Percent(Verdict.False):0.00}%"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"({stopwatch.Elapsed.TotalSeconds:0} s)"));
return 0;

static string Cell(Outcome[] outcomes)
{
    double Pct(Verdict v) => 100.0 * outcomes.Count(o => o.Verdict == v) / outcomes.Length;
    var tested = outcomes.Sum(o => o.TestedCommits);
    var samples = tested == 0 ? 0 : (double)outcomes.Sum(o => o.SearchSamples) / tested;
    return string.Create(CultureInfo.InvariantCulture, $"{Pct(Verdict.Correct):0.#} / {Pct(Verdict.False):0.#} / {Pct(Verdict.Ambiguous):0.#} / {Pct(Verdict.NoRegression):0.#} / {samples:0.0}");
}

internal sealed class Totals
{
    private readonly List<Outcome> _outcomes = [];

    public int Count => _outcomes.Count;

    public double MeanSamples => _outcomes.Sum(o => o.TestedCommits) == 0 ? 0 : (double)_outcomes.Sum(o => o.SearchSamples) / _outcomes.Sum(o => o.TestedCommits);

    public void Add(IEnumerable<Outcome> outcomes) => _outcomes.AddRange(outcomes);

    public double Percent(Verdict verdict) => 100.0 * _outcomes.Count(o => o.Verdict == verdict) / Math.Max(1, _outcomes.Count);
}
