namespace BankHire.SecondRound;

/// <summary>An interviewer's score for one competency, on the AI's 0–100 scale.</summary>
[GenerateSerializer, Immutable, Alias("bankhire.CompetencyRating")]
public sealed record CompetencyRating(string CompetencyKey, double Score);
