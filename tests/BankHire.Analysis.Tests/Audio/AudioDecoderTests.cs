using BankHire.Analysis.Audio;

namespace BankHire.Analysis.Tests.Audio;

/// <summary>Real recordings encoded by ffmpeg decode back to the same answer; damaged ones fail clearly.</summary>
[Collection(TestMediaCollection.Name)]
public sealed class AudioDecoderTests(TestMedia media)
{
    private readonly AudioDecoder decoder = new();

    public static TheoryData<string, string[]> Formats => new()
    {
        { "webm", ["-c:a", "libopus", "-b:a", "24k"] },
        { "ogg", ["-c:a", "libopus", "-b:a", "24k"] },
        { "m4a", ["-c:a", "aac", "-b:a", "48k"] },
        { "mp4", ["-c:a", "aac", "-b:a", "32k", "-ar", "44100", "-ac", "2"] },
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task A_recording_decodes_to_the_same_length_and_the_same_speech(string extension, string[] codec)
    {
        var answer = media.EnglishTimeline;
        var recording = await File.ReadAllBytesAsync(media.Encoded(answer.WavPath, extension, codec));

        var decoded = await decoder.DecodeAsync(recording);

        Assert.InRange(decoded.DurationSeconds, answer.TotalSeconds - 0.1, answer.TotalSeconds + 0.1);
        var (features, segments) = AnalyzerRun.Whole(decoded.Pcm16le);
        Assert.Equal(answer.Speech.Count, segments.Count);
        Assert.InRange(features.Value("speaking_ratio"), answer.SpeakingRatio - 0.05, answer.SpeakingRatio + 0.05);
    }

    [Fact]
    public async Task Random_bytes_are_invalid_audio()
    {
        var noise = new byte[5000];
        new Random(7).NextBytes(noise);

        var error = await Assert.ThrowsAsync<InvalidAudioException>(() => decoder.DecodeAsync(noise));
        Assert.Contains("could not decode", error.Reason);
        Assert.DoesNotContain("bankhire-recording", error.Reason);
    }

    [Fact]
    public async Task An_empty_recording_is_invalid_audio() =>
        await Assert.ThrowsAsync<InvalidAudioException>(() => decoder.DecodeAsync(ReadOnlyMemory<byte>.Empty));

    [Fact]
    public async Task An_mp4_cut_before_its_index_is_invalid_audio()
    {
        var whole = await File.ReadAllBytesAsync(media.Encoded(media.EnglishTimeline.WavPath, "m4a", "-c:a", "aac", "-b:a", "48k"));

        await Assert.ThrowsAsync<InvalidAudioException>(() => decoder.DecodeAsync(whole.AsMemory(0, 3000)));
    }

    [Fact]
    public async Task A_webm_upload_cut_short_keeps_what_arrived_and_warns()
    {
        var answer = media.EnglishTimeline;
        var whole = await File.ReadAllBytesAsync(media.Encoded(answer.WavPath, "webm", "-c:a", "libopus", "-b:a", "24k"));

        var decoded = await decoder.DecodeAsync(whole.AsMemory(0, whole.Length / 2));

        Assert.InRange(decoded.DurationSeconds, 1, answer.TotalSeconds * 0.8);
        Assert.Contains(decoded.Warnings, w => w.Contains("ended prematurely", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_video_without_sound_says_it_has_no_audio_stream()
    {
        var error = await Assert.ThrowsAsync<InvalidAudioException>(() => decoder.DecodeFileAsync(media.SilentVideo()));
        Assert.Contains("no audio stream", error.Reason);
    }

    [Fact]
    public async Task A_cancelled_decode_stops_with_cancellation()
    {
        var recording = await File.ReadAllBytesAsync(media.Encoded(media.EnglishTimeline.WavPath, "webm", "-c:a", "libopus", "-b:a", "24k"));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => decoder.DecodeAsync(recording, new CancellationToken(canceled: true)));
    }

    [Fact]
    public async Task A_missing_ffmpeg_is_a_configuration_error_not_bad_audio()
    {
        var recording = await File.ReadAllBytesAsync(media.Encoded(media.EnglishTimeline.WavPath, "webm", "-c:a", "libopus", "-b:a", "24k"));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => new AudioDecoder("/nonexistent/ffmpeg").DecodeAsync(recording));
        Assert.Contains("Debian package", error.Message);
    }

    [Fact]
    public async Task The_analyser_refuses_an_encoded_recording_sent_as_raw_samples()
    {
        var recording = await File.ReadAllBytesAsync(media.Encoded(media.EnglishTimeline.WavPath, "webm", "-c:a", "libopus", "-b:a", "24k"));
        using var analyzer = new AudioAnalyzer();

        // Both an even and an odd length: the container is named either way.
        var evenLength = recording.Length - recording.Length % 2;
        var oddLength = evenLength - 1;

        var even = Assert.Throws<InvalidAudioException>(() => analyzer.Append(recording.AsSpan(0, evenLength)));
        var odd = Assert.Throws<InvalidAudioException>(() => analyzer.Append(recording.AsSpan(0, oddLength)));
        Assert.Contains("WebM", even.Reason);
        Assert.Contains("WebM", odd.Reason);
    }
}
