using Orleans.Concurrency;

namespace BankHire.Interviews;

/// <summary>One candidate's AI interview for one job. Keyed by interview id.</summary>
[Alias("bankhire.IInterviewSessionGrain")]
public interface IInterviewSessionGrain : IGrainWithGuidKey
{
    /// <summary>Creates the session; a repeated create returns the existing one.</summary>
    [Alias("Create")] ValueTask<InterviewSnapshot> CreateAsync(InterviewInvitation invitation);

    [Alias("Get"), ReadOnly] ValueTask<InterviewSnapshot?> GetAsync();

    /// <summary>The interview with consents, question progress and integrity signals; null if never created.</summary>
    [Alias("GetProgress"), ReadOnly] ValueTask<InterviewProgress?> GetProgressAsync();

    /// <summary>
    /// The token check and the progress in one call: the progress when a token with this id (null: a legacy token) is
    /// the token in force, else null. It carries the consent in force, so a chunk upload needs no other session call.
    /// </summary>
    [Alias("ProgressForToken"), ReadOnly] ValueTask<InterviewProgress?> ProgressForTokenAsync(Guid? tokenId);

    /// <summary>Books (or moves) the interview to a slot; the job's policy then allows it only in that slot's window.</summary>
    [Alias("Book")] ValueTask<InterviewSnapshot> BookAsync(DateTimeOffset slot, int durationMinutes = 0);

    /// <summary>Its slot was cancelled: a booked interview is Invited again with no slot (to book another); otherwise nothing changes.</summary>
    [Alias("ReleaseBooking")] ValueTask<InterviewSnapshot?> ReleaseBookingAsync();

    /// <summary>Records the candidate's choices (replacing earlier ones; the history is kept). Invited, Booked or InProgress.</summary>
    [Alias("GiveConsent")] ValueTask<InterviewProgress> GiveConsentAsync(ConsentChoice choice);

    /// <summary>Withdraws the consent in force; after completion the report is deleted (nothing may be analysed any more).</summary>
    [Alias("WithdrawConsent")] ValueTask<InterviewProgress> WithdrawConsentAsync(string? clientAddress);

    /// <summary>Needs a consent in force; moves the candidate to Interviewing. Repeating it is harmless.</summary>
    [Alias("Start")] ValueTask<InterviewSnapshot> StartAsync();

    /// <summary>Records when the candidate was given the job's notice (before the interview starts; not in the future):
    /// the US-NYC notice period counts from it.</summary>
    [Alias("RecordNotice")] ValueTask<InterviewSnapshot> RecordNoticeAsync(DateTimeOffset noticeGivenAt);

    /// <summary>Starts or resumes the current attempt of a question, in order; <paramref name="retake"/> starts the next attempt of an answered one.</summary>
    [Alias("Begin")] ValueTask<InterviewProgress> BeginQuestionAsync(string questionId, bool retake);

    /// <summary>Ends an attempt once every chunk it names is stored (<see cref="MissingChunksException"/> otherwise).</summary>
    [Alias("Finish")] ValueTask<InterviewProgress> FinishQuestionAsync(string questionId, AnswerFinish finish);

    /// <summary>Records what the candidate's page noticed. Signals the scorers find arrive on the interview's integrity stream.</summary>
    [Alias("RecordIntegrity")] ValueTask RecordIntegrityAsync(string kind, string? questionId, DateTimeOffset at);

    /// <summary>Needs every non-practice question answered; moves the candidate to Completed and starts scoring.</summary>
    [Alias("Complete")] ValueTask<InterviewSnapshot> CompleteAsync();

    /// <summary>Records a new invitation token id, revoking every token issued before it; returns the id to sign.</summary>
    [Alias("IssueToken")] ValueTask<Guid> IssueTokenAsync();

    /// <summary>Revokes every invitation token of this interview (a re-invite, or HR withdrawing the link).</summary>
    [Alias("RevokeTokens")] ValueTask RevokeTokensAsync();

    /// <summary>Whether a token with this id (null: a legacy token without one) is the token in force.</summary>
    [Alias("AcceptsToken"), ReadOnly] ValueTask<bool> AcceptsTokenAsync(Guid? tokenId);

    /// <summary>HR marked the candidate withdrawn: every later upload and step is refused; what is stored stays until retention.</summary>
    [Alias("CloseForWithdrawnCandidate")] ValueTask CloseForWithdrawnCandidateAsync();

    /// <summary>Deletes every frame and audio chunk of the interview and records when and why; repeating it deletes what came since.</summary>
    [Alias("PurgeMedia")] ValueTask<MediaPurge> PurgeMediaAsync(string reason);

    /// <summary>Erases the candidate's personal data here (media, typed answers, client addresses) and the interview's report
    /// and answer analyses (transcripts); the session keeps only its dates and statuses.</summary>
    [Alias("Erase")] ValueTask EraseAsync(string reason);
}
