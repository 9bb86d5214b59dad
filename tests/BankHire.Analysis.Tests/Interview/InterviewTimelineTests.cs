using BankHire.Analysis.Interview;
using BankHire.Analysis.Scoring.Rubric;
using BankHire.Analysis.Tests.Audio;

namespace BankHire.Analysis.Tests.Interview;

/// <summary>
/// Two answers of different length and make-up (a stored MP4, and live frames + PCM) fold into interview ratios that
/// match the combined timeline: shares of the interview's time, not means of the answers' shares.
/// </summary>
[Collection(InterviewCollection.Name)]
public sealed class InterviewTimelineTests(InterviewFixture fixture)
{
    private const double Tolerance = 0.05;

    [Fact]
    public async Task Interview_ratios_are_shares_of_the_whole_interview_time()
    {
        var recorded = fixture.Media.EnglishMp4;
        var timeline = new TestMedia().EnglishTimeline;
        // The candidate then waits 20 s in silence: a long answer with little speech, so weighting matters.
        const double waitSeconds = 20;
        var liveSeconds = timeline.TotalSeconds + waitSeconds;
        var livePcm = timeline.Pcm.Concat(new byte[(int)(waitSeconds * 16000) * 2]).ToArray();
        var liveFaceSeconds = liveSeconds / 4;
        AnswerInput[] inputs =
        [
            new(fixture.Question("teller-q1"), "en") { RecordingPath = recorded.Path, Transcript = recorded.SpokenText },
            new(fixture.Question("teller-q5"), "en")
            {
                Frames = InterviewMedia.LiveFrames(liveSeconds, liveFaceSeconds),
                Pcm16le = livePcm,
                Transcript = "I will explain it step by step and check that you understand.",
            },
        ];

        var score = await fixture.TellerInterview().AnalyseAsync(inputs, ScoringContext.AllConsents);

        var total = recorded.TotalSeconds + liveSeconds;
        var facePresence = (recorded.FaceSeconds + liveFaceSeconds) / total;
        var speaking = (recorded.SpeechSeconds + timeline.Speech.Sum(s => s.DurationSeconds)) / total;
        var meanOfAnswers = (recorded.FacePresence + 0.25) / 2;
        Assert.True(Math.Abs(facePresence - meanOfAnswers) > Tolerance, "the timeline separates weighting by time from a mean of answers");
        Assert.InRange(score.Features.ValueOf("face_presence_ratio"), facePresence - Tolerance, facePresence + Tolerance);
        Assert.InRange(score.Features.ValueOf("speaking_ratio"), speaking - Tolerance, speaking + Tolerance);
        Assert.Equal(score.Answers.Sum(a => a.ValueOf("pause_count")), score.Features.ValueOf("pause_count"));
        Assert.True(score.Features.ValueOf("pause_count") >= 1, "the live answer pauses 2 s between its sentences");
        Assert.Equal(score.Answers.Max(a => a.ValueOf("longest_silence_s")), score.Features.ValueOf("longest_silence_s"));
    }
}
