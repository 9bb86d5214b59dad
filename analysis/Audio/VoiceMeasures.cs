namespace BankHire.Analysis.Audio;

/// <summary>Pitch, energy and syllable measures over the speech frames of an answer.</summary>
internal sealed class VoiceMeasures
{
    public const double FrameSeconds = SileroVadModel.FrameSamples / (double)AudioFormat.SampleRate;
    public const int IntensityHopsPerFrame = 4;
    // An octave away from the median is almost always a YIN octave error, not intonation.
    private const double OctaveErrorSemitones = 12;
    private const int MinVoicedFrames = 5;

    private readonly IReadOnlyList<FrameMeasurement> frames;
    private readonly IReadOnlyList<float> intensity;
    private readonly bool[] speechFrames;
    private readonly VadSettings settings;

    public VoiceMeasures(IReadOnlyList<FrameMeasurement> frames, IReadOnlyList<float> intensity, SpeechTimeline timeline, VadSettings settings)
    {
        this.frames = frames;
        this.intensity = intensity;
        this.settings = settings;
        speechFrames = timeline.SpeechMask(frames.Count, FrameSeconds);
    }

    /// <summary>Mean pitch (Hz) and its spread in semitones, or null with fewer than five voiced frames.</summary>
    public (double MeanHz, double VariabilitySemitones)? Pitch()
    {
        var pitches = Enumerable.Range(0, frames.Count)
            .Where(i => speechFrames[i] && frames[i].IsVoiced)
            .Select(i => (double)frames[i].PitchHz)
            .ToList();
        if (pitches.Count < MinVoicedFrames) return null;
        var median = Statistics.Median(pitches);
        var semitones = pitches.Select(p => 12 * Math.Log2(p / median)).Where(s => Math.Abs(s) < OctaveErrorSemitones).ToList();
        var meanHz = Statistics.Mean(semitones.Select(s => median * Math.Pow(2, s / 12)).ToList());
        return (meanHz, Statistics.StandardDeviation(semitones));
    }

    /// <summary>Mean level (dBFS) and its spread (dB) over frames the model rates as speech.</summary>
    public (double MeanDb, double VariabilityDb)? Energy()
    {
        var levels = Enumerable.Range(0, frames.Count)
            .Where(i => speechFrames[i] && frames[i].SpeechProbability >= settings.SpeechThreshold)
            .Select(i => (double)frames[i].LevelDb)
            .ToList();
        return levels.Count == 0 ? null : (Statistics.Mean(levels), Statistics.StandardDeviation(levels));
    }

    /// <summary>Median pitch (Hz) of each half-second of speech, for the second-voice hint.</summary>
    public IReadOnlyList<double> WindowPitches() => SecondVoice.WindowPitches(frames, speechFrames);

    public int Syllables()
    {
        var voicedSpeech = new bool[intensity.Count];
        var speechLevels = new List<double>();
        for (var hop = 0; hop < intensity.Count; hop++)
        {
            var frame = hop / IntensityHopsPerFrame;
            if (!speechFrames[frame]) continue;
            speechLevels.Add(intensity[hop]);
            voicedSpeech[hop] = frames[frame].IsVoiced;
        }
        if (speechLevels.Count == 0) return 0;
        var threshold = (float)Statistics.Median(speechLevels);
        return SyllableNuclei.Count(intensity.ToArray(), hop => voicedSpeech[hop], threshold);
    }
}
