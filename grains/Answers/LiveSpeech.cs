using BankHire.Analysis.Audio;
using BankHire.Analysis.Interview;
using BankHire.Analysis.Speech;
using BankHire.Analysis.Speech.Segments;
using BankHire.Analysis.Text.Lexicon;
using BankHire.Interviews;

namespace BankHire.Answers;

/// <summary>
/// The audio scorer's speech-to-text: keeps the answer's PCM while it streams in and sends each speech segment the VAD
/// closes to the engine (one after the other), then joins the words. Not thread-safe: one per audio scorer activation.
/// </summary>
internal sealed class LiveSpeech(ISpeechToText engine)
{
    private ChunkedPcm? pcm;
    private SegmentedTranscription? transcription;
    private AnswerSpeech? context;
    private StreamedTranscript? completed;

    /// <summary>A doorbell asked for transcription (whether or not it could start).</summary>
    public bool Requested { get; private set; }

    public bool Transcribing => transcription is not null;

    /// <param name="startsAtFirstChunk">False when earlier chunks were fed without being kept: then the stored answer is transcribed at finish instead.</param>
    public async Task StartAsync(IGrainFactory grains, AnswerSpeech speech, bool startsAtFirstChunk)
    {
        Requested = true;
        if (!startsAtFirstChunk || !engine.Supports(speech.Language)) return;
        var model = await InterviewQuestions.ModelAsync(grains, new InterviewInvitation(Guid.Empty, speech.JobId, speech.RubricVersion, default));
        if (model?.Questions.FirstOrDefault(q => q.Id == speech.QuestionId) is not { } question) return;
        context = speech;
        pcm = new ChunkedPcm();
        transcription = new SegmentedTranscription(engine, speech.Language, QuestionSpeechHints.For(question, speech.Language, TextLexicon.Shared));
    }

    /// <summary>Keeps a chunk fed to the VAD and sends the segments it has closed since the last call.</summary>
    public void Append(byte[] chunk, IReadOnlyList<SpeechSegment> closed)
    {
        if (pcm is null) return;
        pcm.Add(chunk);
        SendClosed(closed);
    }

    private void SendClosed(IReadOnlyList<SpeechSegment> closed)
    {
        if (transcription is null || pcm is null) return;
        for (var i = transcription.SegmentCount; i < closed.Count; i++)
        {
            var (start, length) = SegmentPcm.Range(closed[i], pcm.Length);
            transcription.Add(closed[i], pcm.Copy(start, length));
        }
    }

    /// <summary>The answer's audio has ended: sends the segments closed last, then lets go of the answer's PCM (≈ 1 MB a
    /// 20-s answer), which is only needed to cut segments. The transcript is collected later, or never (a typed answer).</summary>
    public void EndOfAnswer(IReadOnlyList<SpeechSegment> closed)
    {
        SendClosed(closed);
        pcm = null;
    }

    public async Task<StreamedTranscript?> CompleteAsync(int chunks, string silo)
    {
        if (completed is not null) return completed.Chunks == chunks ? completed : null;
        if (transcription is null || context is null) return null;
        try
        {
            var result = await transcription.CompleteAsync();
            completed = result.Transcript is { } t
                ? new StreamedTranscript(t.Text, t.Language, t.Engine, t.ModelVersion, null, transcription.SegmentCount, chunks, silo)
                : new StreamedTranscript(null, context.Language, engine.Engine, "", result.UnsupportedReason ?? "no transcript", transcription.SegmentCount, chunks, silo);
        }
        catch (Exception e) when (e is SpeechToTextException or InvalidAudioException)
        {
            completed = new StreamedTranscript(null, context.Language, engine.Engine, "", e.Message, transcription.SegmentCount, chunks, silo);
        }
        pcm = null;
        return completed;
    }
}
