namespace Bisector.Core.Explain;

/// <summary>One of a function's hottest instructions in the culprit, beside the parent's instruction it aligns with.</summary>
/// <param name="Parent">The same instruction in the parent (perhaps with other registers or stack slots); null when the culprit added it.</param>
public sealed record HotInstruction(Instruction Culprit, Instruction? Parent)
{
    /// <summary>' ' the same in both, '~' the same but for registers or stack slots, '+' only in the culprit.</summary>
    public char Kind => new CodeLine(Parent, Culprit).Kind;
}
