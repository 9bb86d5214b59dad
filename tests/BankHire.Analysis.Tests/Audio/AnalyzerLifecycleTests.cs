using BankHire.Analysis.Audio;

namespace BankHire.Analysis.Tests.Audio;

/// <summary>Damaged chunks, replays and the live view: clear errors or no-data, never a crash.</summary>
[Collection(TestMediaCollection.Name)]
public sealed class AnalyzerLifecycleTests(TestMedia media)
{
    [Fact]
    public void A_chunk_with_half_a_sample_is_invalid_audio()
    {
        using var analyzer = new AudioAnalyzer();

        var error = Assert.Throws<InvalidAudioException>(() => analyzer.Append(new byte[1001]));
        Assert.Contains("whole number of 16-bit samples", error.Reason);
    }

    [Fact]
    public void A_wav_file_sent_as_raw_samples_is_invalid_audio()
    {
        using var analyzer = new AudioAnalyzer();

        var error = Assert.Throws<InvalidAudioException>(() => analyzer.Append(File.ReadAllBytes(media.Silence(1))));
        Assert.Contains("WAV", error.Reason);
    }

    [Fact]
    public void Digital_silence_gives_no_data()
    {
        var features = AnalyzerRun.Whole(new byte[AudioFormat.SampleRate * AudioFormat.BytesPerSample * 3]).Features;

        Assert.All(features, f => Assert.Contains("no speech detected in 3.0 s", f.NoDataReason));
    }

    [Fact]
    public void Full_scale_noise_is_measured_without_error()
    {
        var random = new Random(11);
        var noise = Enumerable.Range(0, AudioFormat.SampleRate * 3).Select(_ => (short)random.Next(short.MinValue, short.MaxValue + 1)).ToArray();

        var features = AnalyzerRun.Whole(RawPcm.ToBytes(noise)).Features;

        Assert.Equal(11, features.Count);
        Assert.All(features, f => Assert.True(f.HasValue || f.NoDataReason is not null));
    }

    [Fact]
    public void Appending_after_complete_is_refused_until_reset_and_a_replay_gives_the_same_features()
    {
        var pcm = media.EnglishTimeline.Pcm;
        using var analyzer = new AudioAnalyzer();
        analyzer.Append(pcm);
        var first = analyzer.Complete();

        Assert.Throws<InvalidOperationException>(() => analyzer.Append(pcm));
        analyzer.Reset();
        analyzer.Append(pcm);

        Assert.Equal(first, analyzer.Complete());
    }

    [Fact]
    public void The_live_view_follows_speech_and_silence()
    {
        var answer = media.EnglishTimeline;
        var pcm = answer.Pcm;
        using var analyzer = new AudioAnalyzer();

        analyzer.Append(pcm.AsSpan(0, BytesAt(answer.Speech[0].StartSeconds + 1)));
        var speaking = analyzer.Current;
        analyzer.Append(pcm.AsSpan(BytesAt(answer.Speech[0].StartSeconds + 1), BytesAt(answer.Speech[0].EndSeconds + 1.5) - BytesAt(answer.Speech[0].StartSeconds + 1)));
        var pausing = analyzer.Current;

        Assert.True(speaking.IsSpeaking);
        Assert.Equal(1, speaking.SegmentCount);
        Assert.False(pausing.IsSpeaking);
        Assert.InRange(pausing.SilentSeconds, 1.0, 1.6);
        Assert.InRange(pausing.SpeechSeconds, answer.Speech[0].DurationSeconds - 0.25, answer.Speech[0].DurationSeconds + 0.25);
    }

    private static int BytesAt(double seconds) => (int)AudioFormat.SamplesIn(seconds) * AudioFormat.BytesPerSample;
}
