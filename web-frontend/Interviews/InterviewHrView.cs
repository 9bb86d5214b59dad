using BankHire.Interviews;

namespace BankHire.Web.Interviews;

/// <summary>GET /api/interviews/{id}: the session's snapshot fields, with consents, question progress and integrity signals.</summary>
public sealed record InterviewHrView(
    Guid Id,
    InterviewInvitation Invitation,
    InterviewStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? BookedSlot,
    DateTimeOffset? StartedAt,
    DateTimeOffset? CompletedAt,
    ConsentRecord? Consent,
    IReadOnlyList<ConsentRecord> ConsentHistory,
    IReadOnlyList<QuestionProgress> Questions,
    IReadOnlyList<IntegritySignal> Integrity,
    bool ReportReady)
{
    public static InterviewHrView From(InterviewProgress p)
    {
        var i = p.Interview;
        return new(i.Id, i.Invitation, i.Status, i.CreatedAt, i.BookedSlot, i.StartedAt, i.CompletedAt,
            p.Consent, p.ConsentHistory, p.Questions, p.Integrity, p.ReportReady);
    }
}
