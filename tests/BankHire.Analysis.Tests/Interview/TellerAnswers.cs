using BankHire.Analysis.Interview;

namespace BankHire.Analysis.Tests.Interview;

/// <summary>A two-answer teller interview from the generated recordings: q1 (service, English MP4) and q2 (compliance, Mandarin WebM).</summary>
internal static class TellerAnswers
{
    public static IReadOnlyList<AnswerInput> Recorded(InterviewFixture fixture) =>
    [
        new(fixture.Question("teller-q1"), "en") { RecordingPath = fixture.Media.EnglishMp4.Path, Transcript = InterviewMedia.EnglishAnswer },
        new(fixture.Question("teller-q2"), "zh") { RecordingPath = fixture.Media.MandarinWebm.Path, Transcript = InterviewMedia.MandarinAnswer },
    ];
}
