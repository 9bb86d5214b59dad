using BankHire.Answers;
using BankHire.Interviews;

namespace BankHire.Hosting.Encryption.GrainState;

/// <summary>
/// Which grain states hold a candidate's personal data (contact, notes, screening lines, typed answers, transcripts,
/// reports, messages, self-identification, second-round notes) and under which data key they are sealed: the candidate's
/// own key for states kept per candidate, the interview's key (the one that seals its media) for states kept per
/// interview or per answer. Shredding those keys (<see cref="DataKeyStore.ShredAsync"/>) makes every copy unreadable.
/// </summary>
public static class PersonalStates
{
    /// <summary>Grain states keyed by the candidate's id.</summary>
    private static readonly HashSet<string> PerCandidate = ["candidate", "candidate-notifications", "self-identification", "second-round"];

    /// <summary>Grain states keyed by the interview's id.</summary>
    private static readonly HashSet<string> PerInterview = ["interview-session", "interview-scoring"];

    /// <summary>Grain states keyed by a job's id that hold its applicants' resumes (the resume pool).</summary>
    private const string PerJob = "resume-pool";

    /// <summary>Grain states keyed by an answer's stream key (interview id / answer key).</summary>
    private const string PerAnswer = "answer-scoring";

    /// <summary>The data key a state is sealed under, or null for states that hold no personal data.</summary>
    public static StateDataKey? KeyOf(string stateName, GrainId grainId)
    {
        if (PerCandidate.Contains(stateName) && grainId.TryGetGuidKey(out var candidateId, out _))
            return new StateDataKey(candidateId, candidateId);
        if (PerInterview.Contains(stateName) && grainId.TryGetGuidKey(out var interviewId, out _))
            return new StateDataKey(interviewId, null);
        if (stateName == PerAnswer && AnswerInterview(grainId.Key.ToString()!) is { } answerInterview)
            return new StateDataKey(answerInterview, null);
        if (stateName == PerJob)
            return new StateDataKey(JobSubject(grainId.Key.ToString()!), null);
        return null;
    }

    /// <summary>A job's resume pool holds many applicants, so it is sealed under a key of the job's own (it is not shredded
    /// with one candidate; their resume leaves the pool when they are erased).</summary>
    private static Guid JobSubject(string jobId) =>
        new(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes("job:" + jobId)).AsSpan(0, 16));

    private static Guid? AnswerInterview(string streamKey)
    {
        try
        {
            return AnswerKeys.ParseStreamKey(streamKey).InterviewId;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}

/// <summary>The subject whose data key seals a state, and the candidate who owns a key created for it (when known).</summary>
public sealed record StateDataKey(Guid Subject, Guid? Owner);
