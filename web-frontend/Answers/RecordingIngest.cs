using BankHire.Analysis.Audio;
using BankHire.Analysis.Recordings;
using BankHire.Answers;
using BankHire.Hosting.Answers;
using BankHire.Interviews;
using BankHire.Web.Problems;

namespace BankHire.Web.Answers;

/// <summary>
/// Steps 2 and 3 of an answer's path for a recording made with the phone's own camera: the uploaded file is decoded
/// into what the live page would have sent — JPEG frames at <see cref="FramesPerSecond"/> and one-second 16 kHz PCM
/// chunks — which are stored through the same <see cref="ChunkStore"/> and announced by the same
/// <see cref="ChunkDoorbell"/>, so the scorers, the answer's finish, the report and the purge see no difference. Only
/// what the consent covers is decoded: no frame exists without face consent, no audio without voice or content consent.
/// The file is opened in plain only into a private temporary file that is deleted once decoded; it stays sealed on disk
/// only with consent to keep the recording.
/// </summary>
public sealed class RecordingIngest(RecordingUploadStore uploads, ChunkStore store, IClusterClient cluster, ILogger<RecordingIngest> logger)
{
    /// <summary>The live page's frame rate (capture.js).</summary>
    public const double FramesPerSecond = 2;

    /// <summary>Longer than any question allows; it bounds the decoding work one upload can ask for.</summary>
    public static readonly TimeSpan MaxDuration = TimeSpan.FromMinutes(10);

    private static readonly RecordingDecoder Decoder = new();
    private static readonly AudioDecoder Audio = new();

    public async Task<RecordingDecoded> DecodeAsync(InterviewSnapshot interview, string answerKey, CancellationToken cancellationToken)
    {
        var consent = MediaConsent.Of(interview);
        var plain = Path.Combine(Path.GetTempPath(), $"bankhire-upload-{Guid.NewGuid():N}");
        try
        {
            await uploads.AssembleAsync(interview.Id, answerKey, plain, cancellationToken);
            var facts = await ProbeAsync(plain, cancellationToken);
            var frames = consent.Allows(ChunkKind.Frame) ? await FramesAsync(plain, cancellationToken) : [];
            var audio = consent.Allows(ChunkKind.Audio) && facts.HasAudio ? await AudioChunksAsync(plain, cancellationToken) : [];
            CheckWhole(facts, frames.Count, audio.Sum(a => (long)a.Length));
            await StoreAsync(interview, answerKey, ChunkKind.Frame, "image/jpeg", frames, cancellationToken);
            await StoreAsync(interview, answerKey, ChunkKind.Audio, $"audio/L16;rate={AudioFormat.SampleRate}", audio, cancellationToken);
            var decoded = new RecordingDecoded(frames.Count, audio.Count, Math.Round(facts.Duration.TotalSeconds, 2), consent.KeepsRecordingAfterScoring);
            await uploads.MarkDecodedAsync(interview.Id, answerKey, decoded, cancellationToken);
            return decoded;
        }
        finally
        {
            File.Delete(plain);
        }
    }

    private static async Task<RecordingFacts> ProbeAsync(string path, CancellationToken cancellationToken)
    {
        var facts = await Guard(() => Decoder.ProbeAsync(path, cancellationToken));
        return facts.Duration <= MaxDuration ? facts
            : throw new ApiProblemException(StatusCodes.Status422UnprocessableEntity, "Recording too long",
                $"The recording plays {facts.Duration.TotalMinutes:0.#} minutes; at most {MaxDuration.TotalMinutes:0} minutes are accepted.", "recording") { Code = "recordingTooLong" };
    }

    /// <summary>
    /// A damaged or cut-off file often still decodes in part (its index promises more than its data holds): what was
    /// decoded must cover most of what the file declares, or the answer would be scored on a fragment.
    /// </summary>
    private static void CheckWhole(RecordingFacts facts, int frames, long pcmBytes)
    {
        const double Covered = 0.8;
        var seconds = facts.Duration.TotalSeconds;
        var framesShort = frames > 0 && frames < Covered * seconds * FramesPerSecond;
        var audioShort = pcmBytes > 0 && pcmBytes < Covered * seconds * AudioFormat.SampleRate * AudioFormat.BytesPerSample;
        if (framesShort || audioShort)
            throw NotARecording($"the file is damaged or incomplete: it declares {seconds:0.#} s but only part of it decodes");
    }

    private static Task<IReadOnlyList<byte[]>> FramesAsync(string path, CancellationToken cancellationToken) =>
        Guard(() => Decoder.FramesAsync(path, FramesPerSecond, cancellationToken));

    /// <summary>The sound as the live page cuts it: one second per chunk, the last one shorter.</summary>
    private static async Task<IReadOnlyList<byte[]>> AudioChunksAsync(string path, CancellationToken cancellationToken)
    {
        DecodedAudio decoded;
        try
        {
            decoded = await Audio.DecodeFileAsync(path, cancellationToken);
        }
        catch (InvalidAudioException e)
        {
            throw NotARecording(e.Reason);
        }
        return [.. decoded.Pcm16le.Chunk(AudioFormat.SampleRate * AudioFormat.BytesPerSample)];
    }

    private async Task StoreAsync(InterviewSnapshot interview, string answerKey, ChunkKind kind, string contentType, IReadOnlyList<byte[]> payloads, CancellationToken cancellationToken)
    {
        var track = new AnswerTrack(interview.Id, answerKey, kind);
        for (var seq = 0; seq < payloads.Count; seq++)
        {
            await store.ReceiveAsync(new AnswerChunk(track, seq, contentType, payloads[seq], interview.Invitation.CandidateId), cancellationToken);
            await ChunkIngestEndpoints.RingAsync(cluster, interview, new ChunkStored(interview.Id, answerKey, kind, seq, Payload: payloads[seq]), logger);
        }
    }

    private static async Task<T> Guard<T>(Func<Task<T>> decode)
    {
        try
        {
            return await decode();
        }
        catch (InvalidRecordingException e)
        {
            throw NotARecording(e.Reason);
        }
    }

    private static ApiProblemException NotARecording(string reason) =>
        new(StatusCodes.Status422UnprocessableEntity, "Not a video recording", $"The uploaded file cannot be used: {reason}.", "recording") { Code = "notARecording" };
}
