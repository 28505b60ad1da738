namespace Bisector.Reporting.Json;

/// <summary>A hot instruction of the culprit and the parent's it aligns with (null when added); change is "same", "other registers" or "added".</summary>
internal sealed record HotInstructionJson(string Change, InstructionJson Culprit, InstructionJson? Parent);
