using BankHire.Analysis.Interview;
using BankHire.Analysis.Speech.Pocketsphinx;
using BankHire.Analysis.Tests.Audio;
using Xunit.Abstractions;

namespace BankHire.Analysis.Tests.Interview;

/// <summary>Content comes from the typed answer, else the transcript, else speech-to-text when it speaks the language, else no data.</summary>
[Collection(InterviewCollection.Name)]
public sealed class ContentSourceTests(InterviewFixture fixture, ITestOutputHelper output)
{
    private readonly TestMedia audio = new();

    [Fact]
    public async Task An_English_answer_without_text_is_transcribed_by_pocketsphinx_and_live_frames_are_used()
    {
        var speech = audio.EnglishForTranscription;
        var input = new AnswerInput(fixture.Question("teller-q1"), "en-US")
        {
            Pcm16le = speech.Pcm,
            Frames = InterviewMedia.LiveFrames(speech.TotalSeconds, faceSeconds: speech.TotalSeconds / 2),
        };
        var answer = await fixture.Answers.AnalyseAsync(input, InterviewFixture.Everything);
        foreach (var note in answer.Notes) output.WriteLine(note);

        Assert.Equal(ContentSource.SpeechToText, answer.ContentSource);
        Assert.False(string.IsNullOrWhiteSpace(answer.Transcript), "the words heard are kept for HR");
        Assert.True(answer.ValueOf("answer_word_count") >= 5, "pocketsphinx hears most of the words");
        Assert.Contains(answer.Notes, n => n.Contains(PocketsphinxSpeechToText.EngineName, StringComparison.Ordinal));
        Assert.InRange(answer.DurationSeconds, speech.TotalSeconds - 0.01, speech.TotalSeconds + 0.01);
        // Vision reads one frame a second: on a 12-s answer the face's half is known to ± one frame in twelve.
        Assert.InRange(answer.ValueOf("face_presence_ratio"), 0.4, 0.6);
        Assert.InRange(answer.ValueOf("speaking_ratio"), speech.SpeakingRatio - 0.05, speech.SpeakingRatio + 0.05);
    }

    [Fact]
    public async Task A_Mandarin_answer_without_text_has_no_content_and_says_why()
    {
        var input = new AnswerInput(fixture.Question("teller-q2"), "zh-CN") { Pcm16le = audio.MandarinTimeline.Pcm };
        var answer = await fixture.Answers.AnalyseAsync(input, InterviewFixture.Everything);

        Assert.Equal(ContentSource.None, answer.ContentSource);
        Assert.Null(answer.Transcript);
        var coverage = answer.Features.Single(f => f.Name == "expected_point_coverage");
        Assert.Null(coverage.Value);
        Assert.Equal("no typed answer or transcript, and no speech-to-text engine transcribes 'zh' (configured: pocketsphinx)", coverage.NoDataReason);
        Assert.True(answer.ValueOf("speaking_ratio") > 0.3, "the voice is still measured");
    }

    [Fact]
    public async Task A_typed_answer_wins_over_a_transcript()
    {
        var input = new AnswerInput(fixture.Question("teller-q2"), "zh") { TypedAnswer = "我会坚持制度，核实身份。", Transcript = "嗯" };
        var answer = await fixture.Answers.AnalyseAsync(input, InterviewFixture.Everything);

        Assert.Equal(ContentSource.TypedAnswer, answer.ContentSource);
        Assert.Equal("我会坚持制度，核实身份。", answer.Transcript);
        Assert.All(answer.ContentExplanations.SelectMany(e => e.Spans),
            span => Assert.Equal(span.Snippet, answer.Transcript!.Substring(span.Start, span.Length)));
        Assert.Equal(0.5, answer.ValueOf("expected_point_coverage"));
        Assert.Equal(0, answer.DurationSeconds);
        Assert.Contains("vision: no frames and no recording were received", answer.Notes);
    }

    [Fact]
    public async Task Without_content_consent_nothing_is_transcribed_or_analysed()
    {
        var permissions = InterviewFixture.Everything with { Consents = new(FaceConsent: true, VoiceConsent: true, ContentConsent: false) };
        var input = new AnswerInput(fixture.Question("teller-q1"), "en") { TypedAnswer = "thank you" };
        var answer = await fixture.Answers.AnalyseAsync(input, permissions);

        Assert.DoesNotContain(answer.Features, f => f.Name == "expected_point_coverage");
        Assert.Contains("content not computed: the candidate did not consent to content analysis", answer.Notes);
        Assert.Null(answer.Transcript);
    }
}
