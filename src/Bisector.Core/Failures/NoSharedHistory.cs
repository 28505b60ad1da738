using Bisector.Core.Domain;

namespace Bisector.Core.Failures;

/// <summary>--good and --bad have no merge base.</summary>
public sealed record NoSharedHistory(string GoodRev, string BadRev) : UsageFailure;
