using BankHire.Analysis.Features;
using BankHire.Analysis.Scoring.Rubric;
using Xunit.Abstractions;

namespace BankHire.Analysis.Tests.Interview;

/// <summary>
/// An analysis that may not count is not run: without face consent, or when the job's policy forbids facial
/// indicators, no vision feature exists at all; the rubric redistributes the weight and the explanation says why.
/// </summary>
[Collection(InterviewCollection.Name)]
public sealed class ConsentAndPolicyTests(InterviewFixture fixture, ITestOutputHelper output)
{
    private static readonly ScoringContext NoFaceConsent = new(FaceConsent: false, VoiceConsent: true, ContentConsent: true);

    [Fact]
    public async Task Without_face_consent_no_vision_feature_is_computed_and_its_weight_goes_to_the_other_indicators()
    {
        var interview = fixture.TellerInterview();
        var withFace = await interview.AnalyseAsync(TellerAnswers.Recorded(fixture), ScoringContext.AllConsents);
        var withoutFace = await interview.AnalyseAsync(TellerAnswers.Recorded(fixture), NoFaceConsent);
        var hr = withoutFace.Document.Explanations.HrEn.Text;
        output.WriteLine(hr);

        Assert.All(withoutFace.Answers, a =>
        {
            Assert.Empty(a.Features.OfKind(FeatureKind.Facial, FeatureKind.VideoQuality));
            Assert.Contains("vision not computed: the candidate did not consent to face analysis", a.Notes);
            Assert.NotEmpty(a.Features.OfKind(FeatureKind.Voice));
        });
        Assert.Empty(withoutFace.Features.OfKind(FeatureKind.Facial, FeatureKind.VideoQuality));
        Assert.Contains(withoutFace.Report.Notes, n => n.Code == NoteCode.FaceConsentNotGiven);
        Assert.Contains("did not consent to face analysis", hr);
        Assert.Contains("redistributed", hr);
        Assert.Contains("As you chose, no face analysis was done", withoutFace.Document.Explanations.CandidateEn.Text);

        var coverageWith = Indicator(withFace.Report, "service_orientation", "expected_point_coverage");
        var coverageWithout = Indicator(withoutFace.Report, "service_orientation", "expected_point_coverage");
        var eyeContact = Indicator(withoutFace.Report, "service_orientation", "eye_contact_ratio");
        Assert.Equal(IndicatorStatus.Excluded, eyeContact.Status);
        Assert.Equal(IndicatorReason.FaceConsentNotGiven, eyeContact.Reason);
        Assert.True(coverageWithout.EffectiveWeight > coverageWith.EffectiveWeight,
            $"coverage weight {coverageWith.EffectiveWeight} → {coverageWithout.EffectiveWeight}");
        Assert.NotEqual(Recommendation.NotScorable, withoutFace.Report.Recommendation);
    }

    [Fact]
    public async Task A_job_that_forbids_facial_indicators_gets_no_vision_features_even_with_consent()
    {
        var model = fixture.Teller with { Policy = fixture.Teller.Policy with { FacialIndicatorsAllowed = false } };
        var score = await fixture.TellerInterview(model).AnalyseAsync(TellerAnswers.Recorded(fixture), ScoringContext.AllConsents);

        Assert.All(score.Answers, a =>
        {
            Assert.Empty(a.Features.OfKind(FeatureKind.Facial, FeatureKind.VideoQuality));
            Assert.Contains("vision not computed: the job's policy does not use facial indicators", a.Notes);
        });
        Assert.Contains(score.Report.Notes, n => n.Code == NoteCode.FacialIndicatorsExcludedByPolicy);
        Assert.Contains("The job's policy does not use facial indicators", score.Document.Explanations.HrEn.Text);
    }

    [Fact]
    public async Task Without_voice_consent_no_voice_feature_is_computed()
    {
        var consents = new ScoringContext(FaceConsent: true, VoiceConsent: false, ContentConsent: true);
        var score = await fixture.TellerInterview().AnalyseAsync(TellerAnswers.Recorded(fixture), consents);

        Assert.All(score.Answers, a =>
        {
            Assert.Empty(a.Features.OfKind(FeatureKind.Voice));
            Assert.NotEmpty(a.Features.OfKind(FeatureKind.Facial));
            Assert.InRange(a.DurationSeconds, 9.9, 10.1); // from the sampled frames
        });
        Assert.Contains(score.Report.Notes, n => n.Code == NoteCode.VoiceConsentNotGiven);
        Assert.Contains("did not consent to voice analysis", score.Document.Explanations.HrEn.Text);
    }

    private static IndicatorScore Indicator(ScoreReport report, string competency, string feature) =>
        report.Competencies.Single(c => c.Key == competency).Indicators.Single(i => i.Feature == feature);
}
