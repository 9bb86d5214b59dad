namespace BankHire.Analysis.Scoring.Explanations;

public enum ExplanationLanguage { Zh, En }
