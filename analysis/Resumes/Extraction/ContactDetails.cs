namespace BankHire.Analysis.Resumes.Extraction;

/// <summary>
/// Who the candidate is and how to reach them: used to contact and to recognise the same person, never
/// to score. The ID number is kept only as a hash (it encodes birth date and sex). When no name could be
/// read with confidence, <see cref="Name"/> is null and <see cref="NameNote"/> says why (never a guess).
/// </summary>
public sealed record ContactDetails(string? Name, string? Phone, string? Email, string? IdNumberHash, string? NameNote = null)
{
    public static readonly ContactDetails None = new(null, null, null, null);
}
