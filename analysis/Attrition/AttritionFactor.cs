namespace BankHire.Analysis.Attrition;

/// <summary>One reason in an attrition score: its points and what it means in both languages.</summary>
public sealed record AttritionFactor(string Key, double Points, string ExplanationZh, string ExplanationEn);
