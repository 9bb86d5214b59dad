using BankHire.Analysis.Text.Content;

namespace BankHire.Analysis.Resumes.Extraction;

/// <summary>A certificate or skill recognised in the resume, by its dictionary key, with the words that showed it.</summary>
public sealed record FoundTerm(string Key, TextSpan Span);
