namespace BankHire.Employees;

/// <summary>One item of the onboarding checklist (documents, contract, training): due when, done when and by whom, reminded when.</summary>
[GenerateSerializer, Immutable, Alias("bankhire.OnboardingTask")]
public sealed record OnboardingTask(
    string Key,
    string TitleZh,
    string TitleEn,
    DateOnly DueOn,
    DateTimeOffset? DoneAt,
    string? DoneBy,
    DateTimeOffset? RemindedAt);
