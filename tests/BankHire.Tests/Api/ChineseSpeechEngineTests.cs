using System.Net.Http.Json;
using System.Text.Json;
using BankHire.Analysis.Interview;
using BankHire.Analysis.Tests.Speech;
using Microsoft.AspNetCore.Hosting;
using Xunit.Abstractions;

namespace BankHire.Tests.Api;

/// <summary>The app with the bank's Chinese engine configured: a local double speaking the OpenAI-compatible protocol.</summary>
public sealed class ChineseSpeechApiFactory : ApiFactory
{
    public const string Transcript = "您好，我会先核实客户的身份，耐心解释规定，保障资金安全，并向主管报告，同时安抚客户情绪。";

    public ChineseSpeechApiFactory() =>
        Speech = new WhisperServerDouble(_ => Down
            ? new WhisperReply(503, """{"error":{"message":"maintenance"}}""")
            : new WhisperReply(200, JsonSerializer.Serialize(new { text = Transcript, segments = new[] { new { text = Transcript, start = 0.0, end = 9.0, avg_logprob = -0.15 } } })));

    public WhisperServerDouble Speech { get; }

    /// <summary>While set, the service answers 503 to everything.</summary>
    public volatile bool Down;

    protected override void ConfigureMore(IWebHostBuilder builder)
    {
        builder.UseSetting("BankHire:Speech:Engines:zh:Kind", "OpenAiCompatible");
        builder.UseSetting("BankHire:Speech:Engines:zh:BaseUrl", Speech.BaseAddress.ToString());
        builder.UseSetting("BankHire:Speech:Engines:zh:Model", "paraformer-zh");
        builder.UseSetting("BankHire:Speech:Engines:zh:Name", "bank-asr");
        builder.UseSetting("BankHire:Speech:Engines:zh:MaxRetries", "1");
        builder.UseSetting("BankHire:Speech:Engines:zh:FirstBackoffSeconds", "0.05");
        builder.UseSetting("BankHire:Speech:Engines:zh:BreakAfterFailures", "1000");
        builder.UseSetting("BankHire:Speech:Engines:en:Kind", "Pocketsphinx");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Speech.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class ChineseSpeechCollection : ICollectionFixture<ChineseSpeechApiFactory>
{
    public const string Name = "api-zh-speech";
}

/// <summary>Spoken Mandarin answers transcribed by the bank's engine while they stream in, then judged on what was said.</summary>
[Collection(ChineseSpeechCollection.Name)]
public sealed class ChineseSpeechEngineTests(ChineseSpeechApiFactory api, ITestOutputHelper output)
{
    [Fact]
    public async Task With_the_banks_engine_each_spoken_answer_is_judged_on_its_content()
    {
        api.Down = false;
        var (live, report) = await SpokenChinese.InterviewAsync(api, output);

        foreach (var question in live.QuestionIds.Skip(1))
        {
            var analysis = await SpokenChinese.AnalysisAsync(api, live, question);
            Assert.Equal(ContentSource.SpeechToText, analysis.ContentSource);
            Assert.Equal("bank-asr paraformer-zh", analysis.SpeechEngine);
            Assert.Equal(ChineseSpeechApiFactory.Transcript, analysis.Transcript);
            Assert.NotNull(analysis["expected_point_coverage"]?.Value);
        }
        Assert.Equal(JsonValueKind.Number, report.GetProperty("report").GetProperty("overallScore").ValueKind);
        Assert.NotEqual("NeedsHumanReview", report.GetProperty("report").GetProperty("recommendation").GetString());
        Assert.Empty(report.GetProperty("report").GetProperty("humanReview").EnumerateArray());
        Assert.All(api.Speech.Requests, r => Assert.Equal("zh", r.Field("language")));
    }

    [Fact]
    public async Task When_the_banks_engine_is_down_the_interview_needs_human_review_naming_the_failure()
    {
        api.Down = true;
        try
        {
            var (_, report) = await SpokenChinese.InterviewAsync(api, output);

            Assert.Equal("NeedsHumanReview", report.GetProperty("report").GetProperty("recommendation").GetString());
            var details = report.GetProperty("report").GetProperty("humanReview").EnumerateArray()
                .SelectMany(r => r.GetProperty("details").EnumerateArray()).Select(d => d.GetString()).ToList();
            Assert.Contains(details, d => d!.Contains("bank-asr failed: HTTP 503"));
        }
        finally
        {
            api.Down = false;
        }
    }

    [Fact]
    public async Task Readiness_reports_each_speech_engine()
    {
        var ready = await api.NewClient().GetFromJsonAsync<JsonElement>("/health/ready");

        var speech = ready.GetProperty("checks").GetProperty("speech");
        Assert.Contains("bank-asr", speech.GetProperty("Description").GetString());
        Assert.Contains("pocketsphinx", speech.GetProperty("Description").GetString());
    }
}
