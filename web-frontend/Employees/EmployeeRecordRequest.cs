using BankHire.Employees;
using BankHire.Notifications;
using BankHire.Web.Problems;

namespace BankHire.Web.Employees;

/// <summary>An employee as HR enters or edits them (the link to the candidate is set by the server, never by the body).</summary>
public sealed record EmployeeRecordRequest(
    Guid? CandidateId,
    string FullName,
    string JobId,
    string BranchCode,
    string Position,
    DateOnly StartDate,
    string? Manager = null,
    string? Email = null,
    string? Phone = null,
    string Language = "zh-CN",
    DateOnly? LeftOn = null) : IValidatedRequest
{
    public void Validate() => ToRecord();

    public EmployeeRecord ToRecord() => new(
        CandidateId,
        Require.Text(FullName, "fullName", 100),
        Require.Text(JobId, "jobId", 64),
        Require.Text(BranchCode, "branchCode", 32),
        Require.Text(Position, "position", 100),
        StartDate,
        Require.OptionalText(Manager, "manager", 100),
        Require.Email(Email, "email"),
        Require.OptionalText(Phone, "phone", 32),
        NotificationLanguages.IsKnown(Language) ? Language : throw ApiProblemException.Invalid("language", "'language' must be zh-CN or en."),
        LeftOn);
}
