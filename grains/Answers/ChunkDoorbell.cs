using BankHire.Interviews;
using Orleans.Streams;

namespace BankHire.Answers;

/// <summary>
/// Step 3 of an answer's path: whoever stored a chunk rings its doorbell — a <see cref="ChunkStored"/> reference on the
/// answer's <c>frames</c> or <c>audio</c> stream — for what the consent in force has looked at live
/// (<see cref="MediaConsent.AnalysedLive"/>); audio under content consent carries what its transcription needs. The
/// store is the truth: a doorbell that is lost costs a read from the store at finish, nothing more.
/// </summary>
public static class ChunkDoorbell
{
    /// <param name="interview">The snapshot the upload was checked against (its consent and invitation).</param>
    public static Task RingAsync(IStreamProvider streams, InterviewSnapshot interview, ChunkStored chunk)
    {
        var consent = MediaConsent.Of(interview);
        if (!consent.AnalysedLive(chunk.Kind)) return Task.CompletedTask;
        if (chunk.Kind == ChunkKind.Audio && consent.TranscribedLive)
        {
            var invitation = interview.Invitation;
            chunk = chunk with
            {
                Speech = new AnswerSpeech(invitation.JobId, invitation.RubricVersion, AnswerKeys.QuestionOf(chunk.AnswerKey), consent.InForce!.Language),
            };
        }
        return streams.GetStream<ChunkStored>(StreamId.Create(InterviewStreams.Namespace(chunk.Kind), AnswerKeys.StreamKey(chunk.InterviewId, chunk.AnswerKey)))
            .OnNextAsync(chunk);
    }
}
