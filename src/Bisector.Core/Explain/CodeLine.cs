namespace Bisector.Core.Explain;

/// <summary>One line of a side-by-side machine-code hunk: the same instruction in both builds, or one only in the parent or only in the culprit.</summary>
public sealed record CodeLine(Instruction? Parent, Instruction? Culprit)
{
    /// <summary>How often a removed or added instruction ran, in both builds together; -1 for a line kept in both.</summary>
    public long ChangeHeat => Kind is '+' or '-' ? (Parent?.Executions ?? 0) + (Culprit?.Executions ?? 0) : -1;

    /// <summary>' ' the same in both, '~' the same but for registers or stack slots, '-' parent only, '+' culprit only.</summary>
    public char Kind => (Parent, Culprit) switch
    {
        (not null, not null) when Parent.Text != Culprit.Text => '~',
        (not null, not null) => ' ',
        (not null, null) => '-',
        _ => '+',
    };
}
