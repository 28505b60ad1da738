namespace Bisector.Core.Nightly;

/// <summary>Where a step found in a history stands. A regression is alerted once: when it becomes <see cref="Bisected"/> or <see cref="New"/>.</summary>
public enum ChangeState
{
    /// <summary>A regression confirmed between two measured commits, not (yet) bisected to one commit.</summary>
    New,

    /// <summary>A regression bisected to its culprit.</summary>
    Bisected,

    /// <summary>A regression a person has seen and accepted; never alerted again.</summary>
    Acknowledged,

    /// <summary>A faster step: reported, never alerted.</summary>
    Improvement,

    /// <summary>A step the history suggested but measuring both ends back to back did not confirm (drift between nights): not alerted, not retried.</summary>
    Dismissed,

    /// <summary>A regression a later commit undid (a faster step of about the same size): reported with the commit that fixed it, never alerted.</summary>
    Fixed,
}
