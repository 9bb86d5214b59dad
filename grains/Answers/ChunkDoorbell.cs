using BankHire.Analysis.Vision;
using BankHire.Interviews;
using Orleans.Streams;

namespace BankHire.Answers;

/// <summary>
/// Step 3 of an answer's path: whoever stored a chunk rings its doorbell — a <see cref="ChunkStored"/> reference on the
/// answer's <c>frames</c> or <c>audio</c> stream — for what the consent in force has looked at live
/// (<see cref="MediaConsent.AnalysedLive"/>), frames only where vision reads them (<see cref="FrameSampling"/>); audio under content consent carries what its transcription needs. The
/// store is the truth: a doorbell that is lost costs a read from the store at finish, nothing more.
/// </summary>
public static class ChunkDoorbell
{
    /// <param name="interview">The snapshot the upload was checked against (its consent and invitation).</param>
    public static Task RingAsync(IStreamProvider streams, InterviewSnapshot interview, ChunkStored chunk)
    {
        var consent = MediaConsent.Of(interview);
        if (!consent.AnalysedLive(chunk.Kind)) return Task.CompletedTask;
        // Vision reads a sample of the frames (FrameSampling); a doorbell for a frame it skips would cost a stream event
        // and a scorer turn for nothing. Every frame is still stored.
        if (chunk.Kind == ChunkKind.Frame && !FrameSampling.Default.Analyses(chunk.Seq)) return Task.CompletedTask;
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
