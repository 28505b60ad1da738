using Perfolizer.Mathematics.Multimodality;
using Pragmastat;

namespace Bisector.Core.Statistics;

/// <summary>
/// The modes of one revision's samples (Perfolizer's lowland modality detector). Two modes mean two kinds of runs,
/// as when an unpinned benchmark lands on CPUs of different speed; a verdict must not pool them unseen.
/// </summary>
public static class Modality
{
    /// <summary>The centre of each mode, lowest first; one value for a unimodal sample, empty when there are too few values to tell.</summary>
    public static IReadOnlyList<double> Modes(IReadOnlyList<double> values)
    {
        if (values.Count < 10 || values.Distinct().Count() < 3)
        {
            return values.Count == 0 ? [] : [Summary.Of(values).Median];
        }

        var data = LowlandModalityDetector.Instance.DetectModes(new Sample([.. values]));
        return data.Modes.Select(m => m.Location).Order().ToArray();
    }
}
