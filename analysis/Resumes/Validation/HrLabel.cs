namespace BankHire.Analysis.Resumes.Validation;

/// <summary>What HR gave one resume file: a tier, a score (0–100), or both (the tier then comes from HR, the order from the score).</summary>
public sealed record HrLabel(string File, char Tier, double? Score);

/// <summary>A row of a label file that cannot be read, with the column and what is wrong.</summary>
public sealed record HrLabelProblem(int Row, string Column, string Message);
