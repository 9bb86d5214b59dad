namespace BankHire.Candidates;

/// <summary>
/// HR's decision after the AI report: the verdict, who decided, when and why, the AI's verdict at that moment and
/// whether HR overrode it (an override always carries a reason).
/// </summary>
[GenerateSerializer, Immutable, Alias("bankhire.HrDecision")]
public sealed record HrDecision(HiringVerdict Verdict, string Actor, DateTimeOffset At, string? Reason, HiringVerdict AiVerdict, bool OverridesAi);
