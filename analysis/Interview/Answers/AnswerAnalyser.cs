using BankHire.Analysis.Audio;
using BankHire.Analysis.Features;
using BankHire.Analysis.Speech;
using BankHire.Analysis.Text.Content;
using BankHire.Analysis.Text.Lexicon;
using BankHire.Analysis.Vision;

namespace BankHire.Analysis.Interview;

/// <summary>
/// Turns one answer into its features with the existing analysers: vision (only when the job allows facial
/// indicators and the candidate consented), voice (with voice consent), content (with content consent).
/// An analysis that is not allowed is not run and leaves no features; one that fails on bad media gives
/// "no data" features with the reason. Thread-safe when its analysers are (they are, as shipped): share one.
/// </summary>
public sealed class AnswerAnalyser
{
    public const double DefaultRecordingFramesPerSecond = 2;

    private readonly VisionPass vision;
    private readonly FrameAnalyzer frames;
    private readonly ContentPass content;
    private readonly AudioDecoder decoder;

    /// <param name="speechToText">Transcribes answers that arrive without text; null to analyse typed answers and transcripts only.</param>
    public AnswerAnalyser(FrameAnalyzer frames, AnswerContentAnalyser content, ISpeechToText? speechToText = null,
        AudioDecoder? decoder = null, double recordingFramesPerSecond = DefaultRecordingFramesPerSecond)
    {
        ArgumentNullException.ThrowIfNull(frames);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(recordingFramesPerSecond);
        this.frames = frames;
        vision = new VisionPass(frames, recordingFramesPerSecond);
        this.content = new ContentPass(content, speechToText);
        this.decoder = decoder ?? new AudioDecoder();
    }

    /// <summary>The frame analyser's version: a frame seen live by an analyser of this version need not be analysed again.</summary>
    public string VisionAnalyserVersion => frames.AnalyserVersion;

    /// <summary>Which frames of an answer vision reads.</summary>
    public FrameSampling FrameSampling => frames.Sampling;

    /// <summary>
    /// The shipped analysers: the given face detector and landmark model (without one, the landmark cues are no
    /// data with the reason), the shared lexicon, and an optional speech-to-text engine.
    /// </summary>
    public static AnswerAnalyser Create(FaceDetector faces, ISpeechToText? speechToText = null, FaceLandmarker? landmarks = null) =>
        new(new FrameAnalyzer(faces, landmarks), new AnswerContentAnalyser(TextLexicon.Shared), speechToText);

    public async Task<AnswerAnalysis> AnalyseAsync(AnswerInput answer, AnalysisPermissions permissions, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(permissions);
        var features = new List<FeatureValue>();
        var notes = new List<string>();
        double frameSpan = 0;

        if (permissions.WhyNoVision is { } noVision) notes.Add($"vision not computed: {noVision}");
        else
        {
            var seen = vision.Measure(answer);
            features.AddRange(seen.Features);
            frameSpan = seen.SpanSeconds;
            AddNote(notes, seen.Note);
        }

        // Decoded at most once, and only if voice or speech-to-text needs it.
        Task<AnswerAudio>? audio = null;
        Task<AnswerAudio> Audio() => audio ??= AnswerAudio.ObtainAsync(answer, decoder, cancellation);

        if (!permissions.Voice) notes.Add("voice not computed: the candidate did not consent to voice analysis");
        else if (answer.VoiceFeatures is { } measured) features.AddRange(measured);
        else
        {
            var (voice, note) = VoicePass.Measure(await Audio());
            features.AddRange(voice);
            AddNote(notes, note);
        }

        var source = ContentSource.None;
        IReadOnlyList<FeatureExplanation> explanations = [];
        string? transcript = null;
        string? speechEngine = null;
        if (!permissions.Content) notes.Add("content not computed: the candidate did not consent to content analysis");
        else
        {
            var said = await content.MeasureAsync(answer, Audio, cancellation);
            features.AddRange(said.Features);
            source = said.Source;
            explanations = said.Explanations ?? [];
            transcript = said.Text;
            speechEngine = said.SpeechEngine;
            AddNote(notes, said.Note);
        }

        var audioSeconds = audio is not null ? (await audio).Seconds
            : answer.Pcm16le is { } pcm ? AudioFormat.SecondsOf(pcm.Length / AudioFormat.BytesPerSample)
            : answer.AudioSeconds ?? 0;
        var duration = audioSeconds > 0 ? audioSeconds : frameSpan;
        return new AnswerAnalysis(answer.Question.Id, answer.Question.CompetencyKey, answer.Question.Practice, duration, features, source, notes)
        {
            ContentExplanations = explanations,
            Transcript = transcript,
            SpeechEngine = speechEngine,
        };
    }

    private static void AddNote(List<string> notes, string? note)
    {
        if (note is not null) notes.Add(note);
    }
}
