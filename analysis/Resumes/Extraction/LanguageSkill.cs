using BankHire.Analysis.Text.Content;

namespace BankHire.Analysis.Resumes.Extraction;

/// <summary>A language with the test that proves it (CET-6, IELTS …) and its score when given.</summary>
public sealed record LanguageSkill(string Language, string Test, double? Score, TextSpan Span);
