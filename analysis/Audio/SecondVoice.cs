namespace BankHire.Analysis.Audio;

/// <summary>
/// A pitch-based hint that someone else speaks in the answer: the speech is cut into half-second
/// windows within speech segments, each window's median pitch is compared with the answer's median
/// (the main voice), and windows more than <see cref="DistanceSemitones"/> away count as another voice.
/// It separates voices of clearly different pitch (a man and a woman, an adult and a child); two voices
/// of similar pitch are not told apart.
/// </summary>
internal static class SecondVoice
{
    // Intonation moves a speaker's half-second median by a few semitones; a man and a woman differ by about 12.
    public const double DistanceSemitones = 7;
    public const int WindowFrames = 16;
    private const int MinVoicedFramesPerWindow = 8;

    /// <returns>Window medians (Hz) in time order; empty when no window has enough voiced frames.</returns>
    public static IReadOnlyList<double> WindowPitches(IReadOnlyList<FrameMeasurement> frames, bool[] speechFrames)
    {
        var medians = new List<double>();
        var window = new List<double>();
        var inWindow = 0;
        for (var i = 0; i <= frames.Count; i++)
        {
            var speech = i < frames.Count && speechFrames[i];
            if (speech)
            {
                inWindow++;
                if (frames[i].IsVoiced) window.Add(frames[i].PitchHz);
            }
            if (inWindow == WindowFrames || (!speech && inWindow > 0))
            {
                if (window.Count >= MinVoicedFramesPerWindow) medians.Add(Statistics.Median(window));
                window.Clear();
                inWindow = 0;
            }
        }
        return medians;
    }

    /// <returns>The share of windows far from the main voice, or null without any measurable window.</returns>
    public static double? Ratio(IReadOnlyList<double> windowPitches)
    {
        if (windowPitches.Count == 0) return null;
        var main = Statistics.Median(windowPitches);
        return windowPitches.Count(p => Math.Abs(12 * Math.Log2(p / main)) > DistanceSemitones) / (double)windowPitches.Count;
    }
}
