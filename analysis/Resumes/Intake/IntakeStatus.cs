namespace BankHire.Analysis.Resumes.Intake;

public enum IntakeStatus
{
    /// <summary>Read and turned into a candidate.</summary>
    Parsed,
    /// <summary>Read, and found to be a person already imported: merged into that candidate.</summary>
    Duplicate,
    /// <summary>Not imported; see the reason.</summary>
    Rejected,
}
