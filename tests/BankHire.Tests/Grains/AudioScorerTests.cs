using BankHire.Analysis.Audio;
using BankHire.Answers;
using BankHire.Hosting.Answers;
using BankHire.Interviews;
using BankHire.Scoring;
using BankHire.Tests.Support;

namespace BankHire.Tests.Grains;

/// <summary>
/// The audio scorer's voice features equal one analysis of the whole stored answer, whichever doorbells rang —
/// here none did (a restarted silo): every chunk comes from the store, in order.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class AudioScorerTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Voice_features_read_from_the_store_equal_analysing_the_whole_answer_once()
    {
        var (pcm, _) = InterviewTestMedia.EnglishSpeech(8);
        var scorer = await StoredAnswerAsync(InterviewTestMedia.Seconds(pcm));

        var voice = await scorer.VoiceAsync(8);

        using var whole = new AudioAnalyzer();
        whole.Append(pcm);
        var expected = whole.Complete();
        Assert.NotNull(voice);
        Assert.Equal(8, voice.Chunks);
        Assert.Equal(expected.Select(f => (f.Name, f.Value, f.AnalyserVersion, f.NoDataReason)),
            voice.Features.Select(f => (f.Name, f.Value, f.AnalyserVersion, f.NoDataReason)));
        Assert.Contains(voice.Features, f => f.Name == "speaking_ratio" && f.Value > 0.3);
        Assert.Equal(8, (await scorer.LatestAsync(10)).Count); // and a hint reading for every second on the way
        Assert.Equal(voice.Features, (await scorer.VoiceAsync(8))!.Features.AsEnumerable()); // asked again: the same answer
        Assert.Null(await scorer.VoiceAsync(9)); // the answer is closed at 8 chunks
    }

    [Fact]
    public async Task A_chunk_missing_from_the_store_leaves_the_answer_to_the_store_analysis()
    {
        var seconds = InterviewTestMedia.Seconds(InterviewTestMedia.Silence(4));
        var scorer = await StoredAnswerAsync(seconds.Take(3).ToList());

        Assert.Null(await scorer.VoiceAsync(4));
    }

    private async Task<IAudioScorerGrain> StoredAnswerAsync(IReadOnlyList<byte[]> seconds)
    {
        var interviewId = Guid.NewGuid();
        const string answerKey = "teller-q2";
        for (var seq = 0; seq < seconds.Count; seq++)
            await fixture.Chunks.StoreAsync(new AnswerChunk(new AnswerTrack(interviewId, answerKey, ChunkKind.Audio), seq, "audio/L16;rate=16000", seconds[seq]));
        return fixture.Grains.GetGrain<IAudioScorerGrain>(AnswerKeys.StreamKey(interviewId, answerKey));
    }
}
