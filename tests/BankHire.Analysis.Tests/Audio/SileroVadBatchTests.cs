using BankHire.Analysis.Audio;

namespace BankHire.Analysis.Tests.Audio;

/// <summary>
/// Live audio scorers run their VAD frames in batches with other candidates' (<see cref="SileroVadBatcher"/>); a
/// rescoring from the store runs an answer alone. Both must give the same bits, or a stored report could not be
/// reproduced, and a candidate's measures would depend on who else was interviewing.
/// </summary>
[Collection(TestMediaCollection.Name)]
public sealed class SileroVadBatchTests(TestMedia media)
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task Frames_run_in_batches_with_other_streams_give_the_probabilities_they_give_alone(int threads)
    {
        var recordings = new[] { media.EnglishTimeline.Pcm, media.MandarinTimeline.Pcm, media.TwoVoices.Pcm, Noise(7, 5), Noise(11, 3) };
        var alone = recordings.Select(pcm =>
        {
            using var stream = SileroVadModel.Shared.OpenStream();
            return Frames(pcm).Select(f => stream.Process(f)).ToArray();
        }).ToList();

        using var batcher = new SileroVadBatcher(threads: threads);
        Assert.Equal(threads, batcher.Threads);
        var streams = recordings.Select(_ => SileroVadModel.Shared.OpenStream()).ToList();
        // Each stream in chunks of its own size, all at once: the groups mix streams at different places in their audio,
        // and with several threads run side by side.
        var batched = await Task.WhenAll(recordings.Select(async (pcm, r) =>
        {
            var frames = Frames(pcm);
            var chunk = 7 + 11 * r;
            var probabilities = new List<float>();
            for (var at = 0; at < frames.Count; at += chunk)
                probabilities.AddRange(await batcher.ProcessAsync(streams[r], frames.Skip(at).Take(chunk).ToList()));
            return probabilities.ToArray();
        }));

        for (var r = 0; r < recordings.Length; r++)
            Assert.Equal(alone[r].Select(BitConverter.SingleToInt32Bits), batched[r].Select(BitConverter.SingleToInt32Bits));
        Assert.Contains(alone[0], p => p > 0.5f); // speech was heard: the comparison covers both kinds of frame
        foreach (var stream in streams) stream.Dispose();
    }

    [Fact]
    public async Task An_answer_fed_through_the_batcher_gives_the_features_and_segments_of_one_fed_alone()
    {
        var pcm = media.EnglishTimeline.Pcm;
        var (features, segments) = AnalyzerRun.Whole(pcm);

        using var batcher = new SileroVadBatcher();
        using var live = new AudioAnalyzer();
        using var other = new AudioAnalyzer();
        var second = AudioFormat.SampleRate * AudioFormat.BytesPerSample;
        for (var at = 0; at < pcm.Length; at += second)
        {
            var chunk = pcm.AsMemory(at, Math.Min(second, pcm.Length - at));
            // Another candidate's chunk in the same groups.
            await Task.WhenAll(live.AppendAsync(chunk, batcher), other.AppendAsync(media.MandarinTimeline.Pcm.AsMemory(0, second), batcher));
        }

        Assert.Equal(features.Select(f => (f.Name, f.Value, f.NoDataReason)), live.Complete().Select(f => (f.Name, f.Value, f.NoDataReason)));
        Assert.Equal(segments, live.Segments);
    }

    [Fact]
    public async Task A_chunk_that_is_not_pcm_is_refused_before_anything_is_appended()
    {
        using var batcher = new SileroVadBatcher();
        using var analyzer = new AudioAnalyzer();

        await Assert.ThrowsAsync<InvalidAudioException>(() => analyzer.AppendAsync(new byte[1001], batcher));
        Assert.Equal(0, analyzer.DurationSeconds);
    }

    private static List<float[]> Frames(byte[] pcm)
    {
        var samples = new float[pcm.Length / 2];
        for (var i = 0; i < samples.Length; i++) samples[i] = BitConverter.ToInt16(pcm, 2 * i) / 32768f;
        return [.. Enumerable.Range(0, samples.Length / SileroVadModel.FrameSamples)
            .Select(f => samples.AsSpan(f * SileroVadModel.FrameSamples, SileroVadModel.FrameSamples).ToArray())];
    }

    private static byte[] Noise(int seed, int seconds)
    {
        var random = new Random(seed);
        var pcm = new byte[seconds * AudioFormat.SampleRate * AudioFormat.BytesPerSample];
        for (var i = 0; i < pcm.Length; i += 2) BitConverter.TryWriteBytes(pcm.AsSpan(i), (short)random.Next(-3000, 3000));
        return pcm;
    }
}
