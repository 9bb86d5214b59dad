using BankHire.Analysis.Features;
using BankHire.Analysis.Interview;

namespace BankHire.Analysis.Tests.Interview;

/// <summary>How answers fold into interview features: by time where the feature is a share of time, per question for content.</summary>
public sealed class InterviewFeatureAggregatorTests
{
    private const string V = "test/v1";

    private static AnswerAnalysis Answer(string id, string competency, double seconds, params FeatureValue[] features) =>
        new(id, competency, Practice: false, seconds, features, ContentSource.TypedAnswer, []);

    private static FeatureValue F(string name, double value) => FeatureValue.Of(name, value, V);

    [Fact]
    public void Ratios_over_time_are_weighted_by_answer_length()
    {
        var features = InterviewFeatureAggregator.Aggregate(
        [
            Answer("q1", "a", 10, F("face_presence_ratio", 1.0), F("speaking_ratio", 0.8)),
            Answer("q2", "a", 30, F("face_presence_ratio", 0.0), F("speaking_ratio", 0.4)),
        ]);

        Assert.Equal(0.25, features.ValueOf("face_presence_ratio"), 12);
        Assert.Equal(0.5, features.ValueOf("speaking_ratio"), 12);
    }

    [Fact]
    public void Eye_contact_is_weighted_by_face_time_and_speech_measures_by_speaking_time()
    {
        var features = InterviewFeatureAggregator.Aggregate(
        [
            // 10 s of face, 2 s of speech.
            Answer("q1", "a", 10, F("face_presence_ratio", 1.0), F("eye_contact_ratio", 1.0), F("speaking_ratio", 0.2), F("speech_rate_sps", 6)),
            // 5 s of face, 18 s of speech.
            Answer("q2", "a", 20, F("face_presence_ratio", 0.25), F("eye_contact_ratio", 0.4), F("speaking_ratio", 0.9), F("speech_rate_sps", 4)),
        ]);

        Assert.Equal((10 * 1.0 + 5 * 0.4) / 15, features.ValueOf("eye_contact_ratio"), 12);
        Assert.Equal((2 * 6.0 + 18 * 4.0) / 20, features.ValueOf("speech_rate_sps"), 12);
    }

    [Fact]
    public void Pauses_add_up_the_longest_silence_is_the_longest_and_fillers_weigh_by_words()
    {
        var features = InterviewFeatureAggregator.Aggregate(
        [
            Answer("q1", "a", 10, F("pause_count", 1), F("mean_pause_s", 2.0), F("longest_silence_s", 3), F("filler_word_rate", 10), F("answer_word_count", 10)),
            Answer("q2", "a", 10, F("pause_count", 3), F("mean_pause_s", 1.0), F("longest_silence_s", 7), F("filler_word_rate", 0), F("answer_word_count", 90)),
        ]);

        Assert.Equal(4, features.ValueOf("pause_count"));
        Assert.Equal((2.0 + 3 * 1.0) / 4, features.ValueOf("mean_pause_s"), 12);
        Assert.Equal(7, features.ValueOf("longest_silence_s"));
        Assert.Equal(1.0, features.ValueOf("filler_word_rate"), 12);
        Assert.Equal(100, features.ValueOf("answer_word_count"));
    }

    [Fact]
    public void Content_counts_each_question_once_and_per_competency_with_a_scoped_key()
    {
        var features = InterviewFeatureAggregator.Aggregate(
        [
            Answer("q1", "service", 60, F("expected_point_coverage", 1.0)),
            Answer("q2", "compliance", 10, F("expected_point_coverage", 0.5)),
            Answer("q3", "compliance", 10, F("expected_point_coverage", 0.0)),
            new("q0", "service", Practice: true, 60, [F("expected_point_coverage", 0.0)], ContentSource.TypedAnswer, []),
        ]);

        Assert.Equal(0.5, features.ValueOf("expected_point_coverage"), 12);
        Assert.Equal(1.0, features.ValueOf("expected_point_coverage@service"), 12);
        Assert.Equal(0.25, features.ValueOf("expected_point_coverage@compliance"), 12);
    }

    [Fact]
    public void A_feature_no_answer_measured_is_no_data_with_the_answers_reasons_and_missing_ones_stay_missing()
    {
        var features = InterviewFeatureAggregator.Aggregate(
        [
            Answer("q1", "a", 10, FeatureValue.NoData("speaking_ratio", V, "no speech detected in 10.0 s of audio"), F("face_presence_ratio", 0.5)),
            Answer("q2", "a", 10, FeatureValue.NoData("speaking_ratio", V, "the recording has no audio stream"), FeatureValue.NoData("face_presence_ratio", V, "no face")),
        ]);

        var speaking = features.Single(f => f.Name == "speaking_ratio");
        Assert.Null(speaking.Value);
        Assert.Equal("no answer had a value: q1: no speech detected in 10.0 s of audio; q2: the recording has no audio stream", speaking.NoDataReason);
        Assert.Equal(0.5, features.ValueOf("face_presence_ratio"));
        Assert.DoesNotContain(features, f => f.Name == "eye_contact_ratio");
    }

    [Fact]
    public void Values_from_different_analyser_versions_name_both()
    {
        var features = InterviewFeatureAggregator.Aggregate(
        [
            Answer("q1", "a", 10, FeatureValue.Of("face_presence_ratio", 1, "vision/haar+v1")),
            Answer("q2", "a", 10, FeatureValue.Of("face_presence_ratio", 1, "vision/blazeface+v1")),
        ]);

        Assert.Equal("vision/blazeface+v1, vision/haar+v1", features.Single(f => f.Name == "face_presence_ratio").AnalyserVersion);
    }
}
