using BankHire.Analysis.Features;
using BankHire.Analysis.Scoring.Model;

namespace BankHire.Analysis.Interview;

/// <summary>
/// Everything received for one answer. Frames and PCM come from the live path; <see cref="RecordingPath"/> (MP4,
/// WebM…) is used for whatever the live path did not deliver (re-analysis of a stored recording).
/// <see cref="TypedAnswer"/> wins over <see cref="Transcript"/>, which wins over speech-to-text.
/// </summary>
/// <param name="Question">The question from the job's bank, with its expected points and competency.</param>
/// <param name="Language">The answer's language, a BCP 47 tag (<c>zh</c>, <c>en</c>, <c>en-US</c>).</param>
public sealed record AnswerInput(InterviewQuestion Question, string Language)
{
    public IReadOnlyList<TimedFrame> Frames { get; init; } = [];

    /// <summary>Raw PCM 16 kHz mono s16le.</summary>
    public ReadOnlyMemory<byte>? Pcm16le { get; init; }

    public string? RecordingPath { get; init; }

    /// <summary>A transcript made elsewhere (e.g. by the bank's speech service).</summary>
    public string? Transcript { get; init; }

    /// <summary>What speech-to-text made of the audio while it streamed in; transcribed from <see cref="Pcm16le"/> when null.</summary>
    public LiveTranscript? LiveTranscript { get; init; }

    /// <summary>An answer written instead of spoken.</summary>
    public string? TypedAnswer { get; init; }

    /// <summary>
    /// Voice features already measured from this answer's PCM by a streaming <see cref="Audio.AudioAnalyzer"/> (as the
    /// chunks arrived); the PCM is then not analysed for voice again, only used for duration and speech-to-text.
    /// </summary>
    public IReadOnlyList<FeatureValue>? VoiceFeatures { get; init; }

    /// <summary>
    /// The audio's length as measured while it streamed in, for an answer whose PCM is not passed because nothing here
    /// needs it (voice measured live, content typed or transcribed live): it reads as long as its PCM would.
    /// </summary>
    public double? AudioSeconds { get; init; }
}
