using BankHire.Analysis.Audio;
using BankHire.Analysis.Interview;
using BankHire.Analysis.Speech;
using BankHire.Analysis.Speech.Engines;
using BankHire.Analysis.Speech.Resilience;
using BankHire.Analysis.Speech.Segments;
using BankHire.Analysis.Tests.Audio;
using BankHire.Analysis.Tests.Speech;

namespace BankHire.Analysis.Tests.Interview;

/// <summary>
/// Spoken Chinese answers through the bank's engine (a local double speaking its protocol with recorded answers):
/// transcribed segment by segment, live and from the store alike, and judged on what was said — or, when the engine
/// fails, with no content and the reason.
/// </summary>
[Collection(InterviewCollection.Name)]
public sealed class SpokenContentTests(InterviewFixture fixture)
{
    private const string SegmentReply = """{"text":"我会先核实身份，耐心解释资金安全，坚持制度。","segments":[{"text":"我会先核实身份，耐心解释资金安全，坚持制度。","start":0.0,"end":2.5,"avg_logprob":-0.2}]}""";
    private readonly TestMedia audio = new();

    private static SpeechEngines Chinese(WhisperServerDouble server) => SpeechEngines.Create(new Dictionary<string, SpeechEngineSettings>
    {
        ["zh"] = new()
        {
            Kind = SpeechEngineKind.OpenAiCompatible, BaseUrl = server.BaseAddress, Model = "paraformer-zh", Name = "bank-asr",
            Resilience = new ResilienceSettings { MaxRetries = 1, FirstBackoff = TimeSpan.FromMilliseconds(10) },
        },
        ["en"] = new() { Kind = SpeechEngineKind.Pocketsphinx },
    });

    private AnswerAnalyser Analyser(ISpeechToText engines) => AnswerAnalyser.Create(fixture.Faces, engines);

    [Fact]
    public async Task A_spoken_Mandarin_answer_is_transcribed_per_speech_segment_and_its_content_measured()
    {
        using var server = new WhisperServerDouble(_ => new WhisperReply(200, SegmentReply));
        using var engines = Chinese(server);
        var speech = audio.MandarinTimeline;

        var answer = await Analyser(engines).AnalyseAsync(new AnswerInput(fixture.Question("teller-q2"), "zh-CN") { Pcm16le = speech.Pcm }, InterviewFixture.Everything);

        Assert.Equal(speech.Speech.Count, server.Requests.Count);
        Assert.Equal(ContentSource.SpeechToText, answer.ContentSource);
        Assert.Equal(string.Concat(Enumerable.Repeat("我会先核实身份，耐心解释资金安全，坚持制度。", speech.Speech.Count)), answer.Transcript);
        Assert.Equal("bank-asr paraformer-zh", answer.SpeechEngine);
        Assert.True(answer.ValueOf("expected_point_coverage") > 0, "the points said are found in the transcript");
        Assert.All(server.Requests, r => Assert.Equal("zh", r.Field("language")));
        Assert.StartsWith(fixture.Question("teller-q2").TextZh, server.Requests[0].Field("prompt"));
    }

    [Fact]
    public async Task When_the_engine_is_down_the_answer_has_no_content_and_says_why()
    {
        using var server = new WhisperServerDouble(_ => new WhisperReply(503, """{"error":"maintenance"}"""));
        using var engines = Chinese(server);

        var answer = await Analyser(engines).AnalyseAsync(
            new AnswerInput(fixture.Question("teller-q2"), "zh") { Pcm16le = audio.MandarinTimeline.Pcm }, InterviewFixture.Everything);

        Assert.Equal(ContentSource.None, answer.ContentSource);
        var coverage = answer.Features.Single(f => f.Name == "expected_point_coverage");
        Assert.Null(coverage.Value);
        Assert.StartsWith("speech-to-text failed: bank-asr failed: HTTP 503", coverage.NoDataReason);
        Assert.True(answer.ValueOf("speaking_ratio") > 0.3, "the voice is still measured");
    }

    [Fact]
    public async Task Segments_sent_as_they_close_while_streaming_match_the_stored_answer_transcribed_afterwards()
    {
        using var server = new WhisperServerDouble(_ => new WhisperReply(200, RecordedWhisperResponses.EnglishWithWords));
        using var engines = Chinese(server);
        var pcm = audio.MandarinTimeline.Pcm;

        // Live: one second at a time through the streaming VAD, each closed segment sent at once.
        var live = new SegmentedTranscription(engines, "zh", null);
        using (var analyzer = new AudioAnalyzer())
        {
            var kept = new List<byte>();
            for (var offset = 0; offset < pcm.Length; offset += 32_000)
            {
                var chunk = pcm.AsSpan(offset, Math.Min(32_000, pcm.Length - offset));
                analyzer.Append(chunk);
                kept.AddRange(chunk.ToArray());
                Send(live, analyzer.Segments, kept.ToArray());
            }
            analyzer.Complete();
            Send(live, analyzer.Segments, kept.ToArray());
        }
        var streamed = (await live.CompleteAsync()).Transcript!;
        var liveRequests = server.Requests.Select(r => r.Form()["file"]).ToList();

        using var again = new AudioAnalyzer();
        again.Append(pcm);
        again.Complete();
        var stored = (await SegmentedTranscription.TranscribeAsync(engines, pcm, [.. again.Segments], "zh", null)).Transcript!;

        Assert.Equal(liveRequests, server.Requests.Skip(liveRequests.Count).Select(r => r.Form()["file"]));
        Assert.Equal(streamed, stored with { Words = streamed.Words });
        Assert.Equal(streamed.Words, stored.Words);
        // Words are timed from the start of the answer: the second segment's first word starts after the first segment.
        Assert.True(streamed.Words[7].StartSeconds > again.Segments[1].StartSeconds);
    }

    private static void Send(SegmentedTranscription transcription, IReadOnlyList<SpeechSegment> closed, byte[] kept)
    {
        for (var i = transcription.SegmentCount; i < closed.Count; i++) transcription.Add(closed[i], SegmentPcm.Of(kept, closed[i]));
    }
}
