using BankHire.Interviews;

namespace BankHire.Web.CandidatePortal;

/// <summary>The interview as the candidate's page reads it (GET /api/candidate/interview and every step's answer); see README.md.</summary>
public sealed record CandidateInterviewView(
    Guid InterviewId,
    InterviewStatus Status,
    string JobTitleZh,
    string JobTitleEn,
    string BankNameZh,
    string BankNameEn,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? BookedSlot,
    int EstimatedMinutes,
    PrivacyNotice.PrivacyView Privacy,
    CandidateInterviewView.ConsentView? Consent,
    IReadOnlyList<CandidateInterviewView.QuestionView> Questions,
    string? CurrentQuestionId,
    bool ReportReady,
    CandidateInterviewView.WindowView? Window = null)
{
    /// <summary>When the interview may be taken: the booked slot's window (times with their offset), or only whether a booking is needed.</summary>
    public sealed record WindowView(bool BookingRequired, DateTimeOffset? SlotStartsAt, int? SlotMinutes, DateTimeOffset? OpensAt, DateTimeOffset? LatestStartAt, DateTimeOffset? ClosesAt);

    public sealed record ConsentView(bool Face, bool Voice, bool Content, bool KeepRecording, string TextVersion, DateTimeOffset GivenAt, DateTimeOffset? WithdrawnAt);

    public sealed record QuestionView(
        string Id, int Index, bool Practice, string CompetencyKey, string TextZh, string TextEn, int ThinkSeconds, int AnswerSeconds,
        int RetakesAllowed, int Attempts, QuestionState State, int Attempt, int FrameNextSeq, int AudioNextSeq, bool TypingAllowed = true);
}
