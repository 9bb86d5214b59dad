namespace BankHire.Candidates;

/// <summary>The three outcomes of an AI interview report, and of HR's decision on it: 优先录用, 建议复试, 淘汰.</summary>
[GenerateSerializer, Alias("bankhire.HiringVerdict")]
public enum HiringVerdict
{
    PriorityHire,
    SecondRound,
    Reject,
}
