namespace BankHire.Resumes;

/// <summary>One uploaded file (a resume, a ZIP of them or a roster) as HR sent it.</summary>
[GenerateSerializer, Immutable, Alias("bankhire.ResumeUpload")]
public sealed record ResumeUpload(string Name, byte[] Content);
