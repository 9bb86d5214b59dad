namespace BankHire.Analysis.Audio;

/// <summary>
/// Turns per-frame speech probabilities into speech segments with hysteresis: speech starts at a frame
/// at or above <see cref="VadSettings.SpeechThreshold"/> and ends after <see cref="VadSettings.MinSilenceSeconds"/>
/// below <see cref="VadSettings.SilenceThreshold"/>; segments shorter than
/// <see cref="VadSettings.MinSpeechSeconds"/> are dropped. Works frame by frame, so a live view sees
/// the closed segments and the one still open.
/// </summary>
public sealed class SpeechSegmenter(VadSettings settings, double frameSeconds)
{
    private readonly List<SpeechSegment> closed = [];
    private long frames;
    private long? speechStartFrame;
    private long? silenceStartFrame;
    private bool finished;

    public IReadOnlyList<SpeechSegment> Closed => closed;

    /// <summary>Speech heard so far that has not ended yet (without end padding), or null.</summary>
    public SpeechSegment? Open => speechStartFrame is { } start
        ? new SpeechSegment(PaddedStart(start), SecondsAt(silenceStartFrame ?? frames))
        : null;

    public bool InSpeech => speechStartFrame is not null && silenceStartFrame is null;

    /// <summary>Seconds since the last frame that counted as speech (or since the start).</summary>
    public double SecondsSinceSpeech =>
        InSpeech ? 0 : SecondsAt(frames) - (silenceStartFrame is { } s ? SecondsAt(s) : closed.Count > 0 ? closed[^1].EndSeconds : 0);

    public void Push(float probability)
    {
        if (finished) throw new InvalidOperationException("The segmenter has finished.");
        var frame = frames++;
        if (probability >= settings.SpeechThreshold)
        {
            silenceStartFrame = null;
            speechStartFrame ??= frame;
        }
        else if (probability < settings.SilenceThreshold && speechStartFrame is { } start)
        {
            silenceStartFrame ??= frame;
            if (SecondsAt(frames) - SecondsAt(silenceStartFrame.Value) >= settings.MinSilenceSeconds)
                Close(start, silenceStartFrame.Value, endLimitSeconds: SecondsAt(frames));
        }
    }

    /// <summary>Closes any open speech at <paramref name="totalSeconds"/> and returns all segments.</summary>
    public IReadOnlyList<SpeechSegment> Finish(double totalSeconds)
    {
        if (!finished && speechStartFrame is { } start)
            Close(start, silenceStartFrame ?? frames, endLimitSeconds: totalSeconds);
        finished = true;
        return closed;
    }

    private void Close(long startFrame, long endFrame, double endLimitSeconds)
    {
        speechStartFrame = null;
        silenceStartFrame = null;
        var start = PaddedStart(startFrame);
        var end = Math.Min(SecondsAt(endFrame) + settings.SpeechPadSeconds, endLimitSeconds);
        if (SecondsAt(endFrame) - SecondsAt(startFrame) >= settings.MinSpeechSeconds)
            closed.Add(new SpeechSegment(start, end));
    }

    private double PaddedStart(long startFrame) =>
        Math.Max(closed.Count > 0 ? closed[^1].EndSeconds : 0, SecondsAt(startFrame) - settings.SpeechPadSeconds);

    private double SecondsAt(long frame) => frame * frameSeconds;
}
