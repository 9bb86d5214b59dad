using BankHire.Interviews;
using BankHire.Web.Problems;

namespace BankHire.Web.Answers;

/// <summary>
/// Which answer may receive chunks: only the attempt the candidate has begun and not yet finished. A finished
/// answer has been verified and scored, an attempt never begun has no consent-checked start: media for either is
/// refused before anything is stored.
/// </summary>
public static class ChunkAdmission
{
    public static void Check(InterviewProgress progress, string questionId, int attempt)
    {
        if (progress.Interview.Status != InterviewStatus.InProgress)
            throw new ApiProblemException(409, "Interview state",
                $"The interview is {progress.Interview.Status}; answers are accepted only while it is in progress.", "status");
        var question = progress.Questions.FirstOrDefault(q => q.QuestionId == questionId)
            ?? throw ApiProblemException.NotFound($"Question '{questionId}' of this interview", "questionId");
        if (question.State != QuestionState.Answering)
            throw new ApiProblemException(409, "Answer not in progress", question.State == QuestionState.Answered
                ? $"Question '{questionId}' is already answered; its media can no longer change."
                : $"Question '{questionId}' has not been begun: begin it before sending its media.", "questionId");
        if (attempt != question.Attempt)
            throw new ApiProblemException(409, "Answer not in progress",
                $"Attempt {attempt} of question '{questionId}' is not the one in progress (attempt {question.Attempt}).", "attempt");
    }
}
