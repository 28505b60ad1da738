namespace Bisector.Bench;

/// <summary>
/// What a real machine does to samples besides their own noise, as a factor on each sample's time. The clock is the
/// sample's index in the run, so a stretch of samples shares its load.
/// </summary>
internal enum DriftKind
{
    /// <summary>One unchanging distribution: the machine the old bench assumed.</summary>
    None,

    /// <summary>Load bursts: stretches of 5 to 40 samples slowed by 20 to 100 %, about a third of the time.</summary>
    Bursts,

    /// <summary>A slow trend: the machine gets up to 30 % slower over the run and back, as a throttling CPU.</summary>
    Trend,

    /// <summary>Each build shifted by up to +-10 % in time (code layout), the same for all its samples.</summary>
    Layout,

    /// <summary>Two CPUs 35 % apart: every unpinned sample lands on one of them at random.</summary>
    TwoCpus,
}

/// <summary>The factor of one sample under a drift model: deterministic for a seed.</summary>
internal sealed class DriftModel(DriftKind kind, int seed)
{
    private readonly Random _random = new(seed ^ 0x5eed);
    private int _clock;
    private int _burstLeft;
    private double _burstFactor = 1;

    public DriftKind Kind => kind;

    public double Next(int commit)
    {
        _clock++;
        switch (kind)
        {
            case DriftKind.Bursts:
                if (_burstLeft == 0)
                {
                    // A quiet stretch or a burst, each 5 to 40 samples long.
                    _burstFactor = _random.NextDouble() < 0.35 ? 1.2 + (0.8 * _random.NextDouble()) : 1;
                    _burstLeft = 5 + _random.Next(36);
                }

                _burstLeft--;
                return _burstFactor;
            case DriftKind.Trend:
                return 1 + (0.15 * (1 - Math.Cos(_clock / 150.0)));
            case DriftKind.Layout:
                // A fixed offset per commit, from a hash of its index and the run's seed: the same build always lands the
                // same way, and every run's builds land independently (a plain multiply left neighbouring seeds nearly equal).
                return 1 + (((Mix(((ulong)(uint)seed << 32) | (uint)commit) % 2001) / 1000.0) - 1) * 0.10;
            case DriftKind.TwoCpus:
                return _random.NextDouble() < 0.4 ? 1.35 : 1;
            default:
                return 1;
        }
    }

    /// <summary>SplitMix64's finalizer: every input bit moves every output bit.</summary>
    private static ulong Mix(ulong value)
    {
        value = unchecked((value ^ (value >> 30)) * 0xbf58476d1ce4e5b9UL);
        value = unchecked((value ^ (value >> 27)) * 0x94d049bb133111ebUL);
        return value ^ (value >> 31);
    }

    public override string ToString() => kind switch
    {
        DriftKind.Bursts => "load bursts",
        DriftKind.Trend => "slow trend",
        DriftKind.Layout => "layout +-10%",
        DriftKind.TwoCpus => "2 CPUs, unpinned",
        _ => "steady",
    };
}
