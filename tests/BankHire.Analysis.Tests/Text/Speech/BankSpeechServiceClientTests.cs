using BankHire.Analysis.Text.Content;
using BankHire.Analysis.Text.Speech;

namespace BankHire.Analysis.Tests.Text.Speech;

public sealed class BankSpeechServiceClientTests
{
    private static readonly AudioClip Clip = new(new short[16000], AudioClip.SpeechRate);

    private static string Recorded(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Text", "Speech", "Recorded", name));

    [Fact]
    public async Task A_chinese_answer_is_transcribed_by_the_service_and_scored_by_the_content_analyser()
    {
        await using var service = new RecordedSpeechService(language => (200, Recorded(language == "zh-CN" ? "zh-complaint.json" : "en-short.json")));
        using var http = new HttpClient();
        var client = new BankSpeechServiceClient(http, service.Endpoint, ["zh", "en"]);

        var transcript = await client.TranscribeAsync(Clip, "zh-CN");

        Assert.True(transcript.HasText);
        Assert.Equal(("zh-CN", 0.91, 2), (transcript.Language, transcript.Confidence!.Value, transcript.Words.Count));
        Assert.Equal(new TranscriptWord("您好", 0.20, 0.62), transcript.Words[0]);
        Assert.Equal(("audio/wav", "zh-CN", 44 + 32000), Assert.Single(service.Requests));

        var content = new AnswerContentAnalyser(TestLexicon.DomainOnly).Analyse(transcript.Text, TestQuestions.Complaint());
        Assert.Equal(1, content.Features.Single(f => f.Name == "expected_point_coverage").Value);
    }

    [Theory]
    [InlineData(503, "{}", "speech service returned 503")]
    [InlineData(200, "not json", "speech service response unreadable")]
    [InlineData(200, "{\"text\": \"  \"}", "no speech recognised")]
    public async Task Service_failures_become_no_data_with_the_reason(int status, string body, string reason)
    {
        await using var service = new RecordedSpeechService(_ => (status, body));
        using var http = new HttpClient();
        var transcript = await new BankSpeechServiceClient(http, service.Endpoint, ["zh"]).TranscribeAsync(Clip, "zh-CN");
        Assert.Equal(reason, transcript.NoDataReason);
    }

    [Fact]
    public async Task Unreachable_service_becomes_no_data()
    {
        using var http = new HttpClient();
        var transcript = await new BankSpeechServiceClient(http, new Uri("http://127.0.0.1:1/v1/transcribe/"), ["zh"]).TranscribeAsync(Clip, "zh-CN");
        Assert.StartsWith("speech service unreachable", transcript.NoDataReason);
    }

    [Fact]
    public async Task The_router_sends_chinese_to_the_service_and_english_to_pocketsphinx_when_the_service_only_does_chinese()
    {
        await using var service = new RecordedSpeechService(_ => (200, Recorded("zh-complaint.json")));
        using var http = new HttpClient();
        var router = new SpeechToTextRouter([new BankSpeechServiceClient(http, service.Endpoint, ["zh"]), new PocketSphinxRecognizer()]);

        Assert.Equal(BankSpeechServiceClient.Version, (await router.TranscribeAsync(Clip, "zh-CN")).Engine);
        Assert.Equal(PocketSphinxRecognizer.Version, (await router.TranscribeAsync(new AudioClip([], 16000), "en-US")).Engine);
        Assert.Equal("no speech-to-text engine for fr-FR", (await router.TranscribeAsync(Clip, "fr-FR")).NoDataReason);
    }
}
