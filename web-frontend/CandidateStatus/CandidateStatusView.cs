using BankHire.Web.CandidatePortal;

namespace BankHire.Web.CandidateStatus;

/// <summary>Where the candidate stands in plain words, in zh and en on the page (GET /api/candidate/status).</summary>
public enum StatusStage { Invited, Booked, Interviewing, Completed, SecondRound, Offer, Hired, NotSelected, Withdrawn, Expired, Ended }

/// <summary>What the candidate should do now: book a slot, start or continue the interview, wait, or nothing.</summary>
public enum NextStep { Book, StartInterview, ContinueInterview, WaitForResult, WaitForHr, None }

/// <summary>
/// The candidate's own status as their invitation token may see it: never an HR note, a stage reason, the AI's
/// suggestion or a score before HR (or the job's policy) released the feedback.
/// </summary>
public sealed record CandidateStatusView(
    Guid InterviewId,
    string CandidateName,
    string JobTitleZh,
    string JobTitleEn,
    string BankNameZh,
    string BankNameEn,
    StatusStage Stage,
    NextStep NextStep,
    DateTimeOffset ExpiresAt,
    CandidateStatusView.BookedTime? Booking,
    bool CanBook,
    DateTimeOffset? SecondRoundAt,
    bool ReportReady,
    CandidateFeedback.FeedbackView Feedback)
{
    /// <summary>The notices and rights of the job's jurisdiction pack (zh and en); null when the job names none.</summary>
    public PrivacyNotice.JurisdictionNotice? Jurisdiction { get; init; }

    /// <summary>The booked interview time; <c>DurationMinutes</c> and <c>Location</c> are known when it was booked from a published slot.</summary>
    public sealed record BookedTime(DateTimeOffset StartsAt, int? DurationMinutes, string? Location);
}
