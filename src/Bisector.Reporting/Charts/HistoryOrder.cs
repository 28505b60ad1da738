using Bisector.Core.Domain;
using Bisector.Core.Session;

namespace Bisector.Reporting.Charts;

/// <summary>
/// Puts tested commits in history order, oldest first, from the steps alone. Steps are recorded in the order they
/// were tested, and each one the search picks lies strictly between the newest good and the oldest bad commit known
/// when it was picked; so every good step precedes every later step, and every bad step follows them. A skipped or
/// unknown commit is only known to lie inside its interval: it goes next to a neighbour whose first parent links it,
/// else at the interval's new end. A merge's branch (the "branch-good" and "branch-bad" steps and the search between
/// them) comes in just before the merge. A repaired step (one measured again, whose verdict flipped) is already in the
/// order: it takes the first measurement's place, and the interval is then the newest good commit and the oldest bad
/// one after it.
/// </summary>
internal static class HistoryOrder
{
    public static IReadOnlyList<StepRecord> Of(IReadOnlyList<StepRecord> steps)
    {
        var order = new List<StepRecord>();
        StepRecord? low = null, high = null;
        foreach (var step in steps)
        {
            switch (step.Role)
            {
                case StepRole.Repair when order.FindIndex(s => s.Commit.Sha == step.Commit.Sha) is >= 0 and var first:
                    order[first] = step;
                    (low, high) = Interval(order);
                    break;
                case StepRole.Good:
                    order.Insert(0, step);
                    low = step;
                    break;
                case StepRole.Bad:
                    order.Add(step);
                    high = step;
                    break;
                case StepRole.BranchGood:
                    Insert(order, step, low, high);
                    low = step;
                    break;
                case StepRole.BranchBad:
                    Insert(order, step, low, high);
                    high = step;
                    break;
                default:
                    Insert(order, step, low, high);
                    (low, high) = step.Verdict switch
                    {
                        Verdict.Good => (step, high),
                        Verdict.Bad => (low, step),
                        _ => (low, high),
                    };
                    break;
            }
        }

        return order;
    }

    /// <summary>The newest good step of the order and the oldest bad one after it.</summary>
    private static (StepRecord? Low, StepRecord? High) Interval(List<StepRecord> order)
    {
        static Verdict VerdictOf(StepRecord s) => s.Role is StepRole.Good or StepRole.BranchGood ? Verdict.Good : s.Verdict;
        var lowIndex = order.FindLastIndex(s => VerdictOf(s) == Verdict.Good);
        var highIndex = order.FindIndex(Math.Max(0, lowIndex + 1), s => VerdictOf(s) == Verdict.Bad);
        return (lowIndex < 0 ? null : order[lowIndex], highIndex < 0 ? null : order[highIndex]);
    }

    /// <summary>Inserts a step inside the open interval (low, high) of the order.</summary>
    private static void Insert(List<StepRecord> order, StepRecord step, StepRecord? low, StepRecord? high)
    {
        var start = low is null ? 0 : order.FindIndex(s => ReferenceEquals(s, low)) + 1;
        var end = high is null ? order.Count : order.FindIndex(s => ReferenceEquals(s, high));
        for (var i = start; i < end; i++)
        {
            if (order[i].Commit.Parents.FirstOrDefault() == step.Commit.Sha)
            {
                order.Insert(i, step);
                return;
            }

            if (step.Commit.Parents.FirstOrDefault() == order[i].Commit.Sha)
            {
                order.Insert(i + 1, step);
                return;
            }
        }

        order.Insert(end, step);
    }
}
