using BankHire.Analysis.Text.Content;

namespace BankHire.Analysis.Resumes.Extraction;

/// <summary>A certificate or test the resume names but does not hold, with the clause that says so ("银行从业资格：备考中，尚未取得").</summary>
public sealed record NotHeldClaim(string Key, TextSpan Span, string Clause);
