namespace BankHire.Analysis.Resumes.Intake;

/// <summary>An uploaded file: its name as the candidate or HR gave it, and its bytes.</summary>
public sealed record ResumeFile(string Name, byte[] Content);
