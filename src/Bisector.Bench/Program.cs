using System.Diagnostics;
using System.Globalization;
using Bisector.Bench;
using Bisector.Core.Statistics;

// Noise simulation bench: thousands of synthetic bisections with a known culprit, on the real search and
// verdict code, side by side with two baselines on the same histories, on a steady machine and on drifting ones.
// Usage: bench-noise [--trials N] [--quick] [--step-alpha A]; bench-map [--trials N] [--time] runs the step map bench
// instead (--time: on a time, whole sessions in paired rounds).
var trials = 100;
var stepAlpha = StatisticsOptions.Default.StepAlpha;
var quick = args.Contains("--quick");
for (var i = 0; i < args.Length - 1; i++)
{
    if (args[i] == "--trials")
    {
        trials = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
    }
    else if (args[i] == "--step-alpha")
    {
        stepAlpha = double.Parse(args[i + 1], CultureInfo.InvariantCulture);
    }
}

if (args.FirstOrDefault() == "map")
{
    return args.Contains("--time") ? TimeMapBench.Run(trials) : MapBench.Run(trials);
}

int[] lengths = quick ? [10, 1000] : [10, 100, 1000, 5000];
(double Effect, double Noise)[] pairs =
[
    (0.20, 0.005), (0.20, 0.02), (0.10, 0.02), (0.05, 0.01), (0.03, 0.01), (0.06, 0.02), (0.30, 0.10),
    (0.10, 0.05), (0.02, 0.01), (0.05, 0.05), (0.10, 0.10),
    (0.0, 0.005), (0.0, 0.02), (0.0, 0.10),
];
int[] driftLengths = quick ? [100] : [100, 1000];
(double Effect, double Noise)[] driftPairs = [(0.30, 0.02), (0.20, 0.02), (0.10, 0.02), (0.06, 0.02), (0.05, 0.01), (0.30, 0.10), (0.0, 0.02)];
DriftKind[] drifts = [DriftKind.Bursts, DriftKind.Trend, DriftKind.TwoCpus, DriftKind.Layout];

// The smallest change the run cares about: below the smallest simulated effect. Bisector runs twice: with its search
// steps at the alpha of the endpoints and the re-check, and with them at a looser step alpha, a wrong step being
// repaired when the re-check contradicts it.
var options = StatisticsOptions.Default with { ThresholdPercent = 0.5, StepAlpha = StatisticsOptions.Default.Alpha };
var loose = options with { StepAlpha = stepAlpha };

Console.WriteLine($"Noise simulation: {trials} bisections per row, culprit drawn uniformly, threshold {options.ThresholdPercent}%, alpha {options.Alpha}, rounds {string.Join("/", options.SampleSchedule)}");
Console.WriteLine("Columns per strategy: correct % / named by the work search % / false culprit % / layout said % / ambiguous % / inconclusive % / no-regression % / candidate samples per tested commit (repairs' included) / benchmark runs per bisection");
Console.WriteLine();
Console.WriteLine($"| machine | length | effect | noise | effect/sd | Bisector, steps at {options.Alpha} | Bisector, steps at {loose.ForSteps().Alpha} | bench_runner (1 sample, midpoint) | fixed 10-sample Mann-Whitney |");
Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
var stopwatch = Stopwatch.StartNew();
var strict = new BisectorTotals();
var looser = new BisectorTotals();
var steadyStrongFixed = new Totals();
var driftStrongFixed = new Totals();
var driftStrongRunner = new Totals();
var findings = new FindingTotals();
var (workRuns, workNamed, workRight) = (0, 0, 0);

foreach (var (drift, rowLengths, rowPairs, noiseKinds) in new[] { (DriftKind.None, lengths, pairs, new[] { false, true }) }
             .Concat(drifts.Select(d => (d, driftLengths, driftPairs, new[] { false }))))
{
    foreach (var length in rowLengths)
    {
        foreach (var (effect, noise) in rowPairs)
        {
            foreach (var heavy in noiseKinds)
            {
                var rows = new Outcome[4][];
                for (var s = 0; s < 4; s++)
                {
                    rows[s] = new Outcome[trials];
                }

                Parallel.For(0, trials, trial =>
                {
                    // Deterministic across processes (HashCode.Combine is randomized per process): every run prints the same table.
                    var seed = unchecked((((((((length * 397) ^ (int)(effect * 10000)) * 397) ^ (int)(noise * 10000)) * 397) ^ (heavy ? 1 : 0)) * 397 ^ (int)drift) * 397) ^ trial;
                    var culprit = effect > 0 ? 1 + new Random(seed).Next(length - 1) : (int?)null;
                    var scenario = new Scenario(length, culprit, effect, new NoiseModel(noise, heavy), drift);
                    rows[0][trial] = Strategies.Bisector(scenario, seed, options);
                    rows[1][trial] = Strategies.Bisector(scenario, seed, loose);
                    rows[2][trial] = Strategies.BenchRunner(scenario, seed);
                    rows[3][trial] = Strategies.FixedTen(scenario, seed);
                });

                var ratio = effect / noise;
                var strong = effect > 0 && ratio >= 3;
                strict.Add(drift, effect, ratio, effect * 100 > options.ThresholdPercent, rows[0]);
                looser.Add(drift, effect, ratio, effect * 100 > options.ThresholdPercent, rows[1]);
                if (strong && drift is DriftKind.None)
                {
                    steadyStrongFixed.Add(rows[3]);
                }
                else if (strong && drift is DriftKind.Bursts or DriftKind.Trend)
                {
                    driftStrongFixed.Add(rows[3]);
                    driftStrongRunner.Add(rows[2]);
                }

                findings.Add(drift, effect * 100 >= options.ThresholdPercent, rows[0]);
                workRuns += rows[0].Count(o => o.Work is not null);
                workNamed += rows[0].Count(o => o.Work?.Culprit is not null);
                workRight += rows[0].Count(o => o.Verdict == Verdict.Work);

                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {new DriftModel(drift, 0)} | {length} | {effect * 100:0}% | {new NoiseModel(noise, heavy)} | {ratio:0.#} | {Cell(rows[0])} | {Cell(rows[1])} | {Cell(rows[2])} | {Cell(rows[3])} |"));
            }
        }
    }
}

Console.WriteLine();
foreach (var (name, totals, fixedTen, runner) in new[] { ($"Bisector, steps at {options.Alpha}", strict, steadyStrongFixed, driftStrongRunner), ($"Bisector, steps at {loose.ForSteps().Alpha}", looser, null, null) })
{
    Console.WriteLine($"{name}:");
    totals.Print(fixedTen, driftStrongFixed, runner);
}

Console.WriteLine(findings.Summary);
Console.WriteLine($"Work searches (time named no commit doing more work, and the instructions rose): {workRuns} of all Bisector runs; a work culprit named in {workNamed}, the real one in {workRight}");
EqualAccuracy.Run(trials, lengths, pairs, looser.SteadyStrong.Percent(Verdict.Correct));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"({stopwatch.Elapsed.TotalSeconds:0} s)"));
return 0;

static string Cell(Outcome[] outcomes)
{
    double Pct(Verdict v) => 100.0 * outcomes.Count(o => o.Verdict == v) / outcomes.Length;
    var tested = outcomes.Sum(o => o.TestedCommits);
    var samples = tested == 0 ? 0 : (double)outcomes.Sum(o => o.SearchSamples) / tested;
    var runs = outcomes.Average(o => o.TotalSamples);
    return string.Create(CultureInfo.InvariantCulture, $"{Pct(Verdict.Correct):0.#} / {Pct(Verdict.Work):0.#} / {Pct(Verdict.False):0.#} / {Pct(Verdict.Layout):0.#} / {Pct(Verdict.Ambiguous):0.#} / {Pct(Verdict.Inconclusive):0.#} / {Pct(Verdict.NoRegression):0.#} / {samples:0.0} / {runs:0}");
}

internal sealed class Totals
{
    private readonly List<Outcome> _outcomes = [];

    public int Count => _outcomes.Count;

    public double MeanSamples => _outcomes.Sum(o => o.TestedCommits) == 0 ? 0 : (double)_outcomes.Sum(o => o.SearchSamples) / _outcomes.Sum(o => o.TestedCommits);

    public double MeanRuns => _outcomes.Count == 0 ? 0 : _outcomes.Average(o => o.TotalSamples);

    public string Summary
    {
        get
        {
            var work = Percent(Verdict.Work) > 0 ? string.Create(CultureInfo.InvariantCulture, $" (+{Percent(Verdict.Work):0.00}% named by the work search)") : "";
            var counts = _outcomes.Any(o => o.InstructionCounts > 0)
                ? string.Create(CultureInfo.InvariantCulture, $", {_outcomes.Average(o => o.InstructionCounts):0.0} instruction counts per bisection")
                : "";
            return string.Create(CultureInfo.InvariantCulture,
                $"{Percent(Verdict.Correct):0.00}% correct{work}, {Percent(Verdict.False):0.00}% false, {MeanSamples:0.00} samples per tested commit, {MeanRuns:0} runs per bisection{counts}");
        }
    }

    public void Add(IEnumerable<Outcome> outcomes) => _outcomes.AddRange(outcomes);

    public double Percent(Verdict verdict) => 100.0 * _outcomes.Count(o => o.Verdict == verdict) / Math.Max(1, _outcomes.Count);
}
