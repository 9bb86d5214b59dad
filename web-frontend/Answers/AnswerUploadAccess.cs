using BankHire.Answers;
using BankHire.Interviews;
using BankHire.Web.CandidatePortal;
using BankHire.Web.Invitations;
using BankHire.Web.Problems;

namespace BankHire.Web.Answers;

/// <summary>
/// Who may send media for an answer, for live chunks and recorded files alike: the invitation token of this very
/// interview (signature checked before anything is read, whether it is in force with one interview call), a question of
/// the interview, and the attempt in progress (<see cref="ChunkAdmission"/>).
/// </summary>
public static class AnswerUploadAccess
{
    /// <summary>The token's signature, for this interview; checked before the body is read.</summary>
    public static InvitationTokenCheck Token(HttpContext http, InvitationTokenService tokens, Guid interviewId)
    {
        var token = CandidatePortalEndpoints.SignedToken(http, tokens);
        return token.InterviewId == interviewId ? token
            : throw new ApiProblemException(401, "Invitation not accepted", "The invitation token is for another interview.", CandidatePortalEndpoints.TokenHeader);
    }

    /// <summary>The answer key of <paramref name="attempt"/> of the question, once the ids are well formed.</summary>
    public static string AnswerKey(string questionId, int? attempt)
    {
        if (attempt is < 0 or > ChunkIngestEndpoints.MaxAttempt)
            throw ApiProblemException.Invalid("attempt", $"'attempt' must be between 0 and {ChunkIngestEndpoints.MaxAttempt}.");
        Require.Text(questionId, "questionId");
        if (questionId.Contains(AnswerKeys.AttemptSeparator))
            throw ApiProblemException.Invalid("questionId", $"A question id cannot contain '{AnswerKeys.AttemptSeparator}'; send ?attempt= instead.");
        return AnswerKeys.For(questionId, attempt ?? 0);
    }

    /// <summary>The progress in force, once the question is the interview's and the attempt is the one in progress.</summary>
    public static async Task<InterviewProgress> AnsweringAsync(InvitationTokenCheck token, IClusterClient cluster, string questionId, int? attempt)
    {
        var progress = await CandidatePortalEndpoints.ProgressInForceAsync(token, cluster);
        // Older invitations carry no question list; their question ids are checked when answers are scored.
        if (progress.Interview.Invitation.QuestionIds is { } questions && !questions.Contains(questionId))
            throw ApiProblemException.NotFound($"Question '{questionId}' of this interview", "questionId");
        ChunkAdmission.Check(progress, questionId, attempt ?? 0);
        return progress;
    }
}
