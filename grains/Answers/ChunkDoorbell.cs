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
    public static Task RingAsync(IStreamProvider streams, InterviewSnapshot interview, ChunkStored chunk) =>
        For(interview, chunk) is { } doorbell
            ? streams.GetStream<ChunkStored>(StreamId.Create(InterviewStreams.Namespace(doorbell.Kind), AnswerKeys.StreamKey(doorbell.InterviewId, doorbell.AnswerKey)))
                .OnNextAsync(doorbell)
            : Task.CompletedTask;

    /// <summary>The doorbell to ring for a stored chunk, or null when nothing live looks at it.</summary>
    public static ChunkStored? For(InterviewSnapshot interview, ChunkStored chunk)
    {
        var consent = MediaConsent.Of(interview);
        if (!consent.AnalysedLive(chunk.Kind)) return null;
        // Vision reads a sample of the frames (FrameSampling); a doorbell for a frame it skips would cost a stream event
        // and a scorer turn for nothing. Every frame is still stored.
        if (chunk.Kind == ChunkKind.Frame && !FrameSampling.Default.Analyses(chunk.Seq)) return null;
        if (chunk.Kind != ChunkKind.Audio || !consent.TranscribedLive) return chunk;
        var invitation = interview.Invitation;
        return chunk with
        {
            Speech = new AnswerSpeech(invitation.JobId, invitation.RubricVersion, AnswerKeys.QuestionOf(chunk.AnswerKey), consent.InForce!.Language),
        };
    }
}
