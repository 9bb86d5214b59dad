using BankHire.Candidates;
using BankHire.Interviews;

namespace BankHire.Tests.Grains;

/// <summary>Each job's jurisdiction pack is enforced where the action happens: the interview's start (US-NYC notice
/// period) and the candidate's final outcome (EU: a human decides).</summary>
[Collection(ClusterCollection.Name)]
public sealed class JurisdictionRulesTests(ClusterFixture fixture)
{
    [Fact]
    public async Task In_New_York_City_the_AI_interview_cannot_start_until_ten_business_days_after_the_notice()
    {
        var now = fixture.Clock.GetUtcNow();
        var fresh = await LiveInterviewSetup.InvitedAsync(fixture, jurisdiction: "US-NYC");
        await fresh.Session.GiveConsentAsync(LiveInterviewSetup.AllConsents);

        var refused = await Assert.ThrowsAsync<InterviewStateException>(() => fresh.Session.StartAsync().AsTask());
        Assert.Contains("10 business days", refused.Message);
        Assert.Equal(InterviewStatus.Invited, (await fresh.Session.GetProgressAsync())!.Interview.Status);

        // Nine business days (and two weekends) are not enough; ten are.
        var nineDaysBefore = await LiveInterviewSetup.InvitedAsync(fixture, jurisdiction: "US-NYC", noticeGivenAt: now.AddDays(-13));
        await nineDaysBefore.Session.GiveConsentAsync(LiveInterviewSetup.AllConsents);
        await Assert.ThrowsAsync<InterviewStateException>(() => nineDaysBefore.Session.StartAsync().AsTask());
        var tenDaysBefore = await LiveInterviewSetup.InvitedAsync(fixture, jurisdiction: "US-NYC", noticeGivenAt: now.AddDays(-14));
        Assert.Equal(InterviewStatus.InProgress, (await (await tenDaysBefore.StartedAsync()).Session.GetProgressAsync())!.Interview.Status);
    }

    [Theory]
    [InlineData("CN")]
    [InlineData("US-IL")]
    public async Task Face_analysis_needs_its_own_consent_to_the_biometric_notice_where_the_jurisdiction_asks_for_it(string jurisdiction)
    {
        var live = await LiveInterviewSetup.InvitedAsync(fixture, jurisdiction: jurisdiction);
        var missing = await Assert.ThrowsAsync<InterviewInputException>(() => live.Session.GiveConsentAsync(LiveInterviewSetup.AllConsents).AsTask());
        Assert.Equal("biometricNoticeVersion", missing.Field);
        var stale = await Assert.ThrowsAsync<InterviewInputException>(() =>
            live.Session.GiveConsentAsync(LiveInterviewSetup.AllConsents with { BiometricNoticeVersion = $"{jurisdiction}-biometric-0" }).AsTask());
        Assert.Contains($"{jurisdiction}-biometric-1", stale.Message);
        Assert.Null((await live.Session.GetProgressAsync())!.Consent);

        // Declining face analysis needs no biometric consent; agreeing with it records which notice was agreed to.
        await live.Session.GiveConsentAsync(LiveInterviewSetup.AllConsents with { Face = false });
        await live.Session.GiveConsentAsync(live.AllConsentsHere);
        Assert.Equal($"{jurisdiction}-biometric-1", (await live.Session.GetProgressAsync())!.Consent!.BiometricNoticeVersion);

        // A pack without the rule takes face consent as before.
        var nyc = await LiveInterviewSetup.InvitedAsync(fixture, jurisdiction: "US-NYC");
        await nyc.Session.GiveConsentAsync(LiveInterviewSetup.AllConsents);
    }

    [Fact]
    public async Task In_China_face_analysis_waits_for_the_jobs_impact_assessment_and_an_interview_without_it_starts_at_once()
    {
        var unassessed = await LiveInterviewSetup.InvitedAsync(fixture, jurisdiction: "CN", impactAssessed: false);
        await unassessed.Session.GiveConsentAsync(unassessed.AllConsentsHere);
        var refused = await Assert.ThrowsAsync<InterviewStateException>(() => unassessed.Session.StartAsync().AsTask());
        Assert.Contains("impact assessment", refused.Message);

        var faceDeclined = await LiveInterviewSetup.InvitedAsync(fixture, jurisdiction: "CN", impactAssessed: false);
        await faceDeclined.StartedAsync(LiveInterviewSetup.AllConsents with { Face = false });
        Assert.Equal(InterviewStatus.InProgress, (await faceDeclined.Session.GetProgressAsync())!.Interview.Status);

        await LiveInterviewSetup.AssessImpactAsync(fixture, unassessed.JobId);
        Assert.Equal(InterviewStatus.InProgress, (await unassessed.Session.StartAsync()).Status);
        var future = LiveInterviewSetup.Assessment(fixture) with { AssessedOn = DateOnly.FromDateTime(fixture.Clock.GetUtcNow().UtcDateTime).AddDays(1) };
        await Assert.ThrowsAsync<ArgumentException>(() => fixture.Grains.GetGrain<BankHire.Privacy.IImpactAssessmentGrain>(unassessed.JobId).RecordAsync(future).AsTask());
    }

    [Fact]
    public async Task The_New_York_City_notice_date_set_by_HR_cannot_be_in_the_future()
    {
        var live = await LiveInterviewSetup.InvitedAsync(fixture, jurisdiction: "US-NYC");

        await Assert.ThrowsAsync<InterviewStateException>(() => live.Session.RecordNoticeAsync(fixture.Clock.GetUtcNow().AddHours(1)).AsTask());
        var noticed = await live.Session.RecordNoticeAsync(fixture.Clock.GetUtcNow().AddDays(-14));

        Assert.Equal(fixture.Clock.GetUtcNow().AddDays(-14), noticed.Invitation.NoticeGivenAt);
        Assert.Equal(InterviewStatus.InProgress, (await (await live.StartedAsync()).Session.GetProgressAsync())!.Interview.Status);
    }

    [Fact]
    public async Task Elsewhere_the_interview_starts_as_soon_as_it_is_invited()
    {
        var live = await (await LiveInterviewSetup.InvitedAsync(fixture, jurisdiction: "US-IL")).StartedAsync();

        Assert.Equal(InterviewStatus.InProgress, (await live.Session.GetProgressAsync())!.Interview.Status);
    }

    [Fact]
    public async Task In_the_EU_an_AI_assessed_candidate_is_rejected_or_offered_only_after_a_recruiters_recorded_decision()
    {
        var candidate = await AssessedAsync("EU");

        var refused = await Assert.ThrowsAsync<PipelineException>(() => candidate.MoveToAsync(CandidateStage.Rejected, "integration:ats", null).AsTask());
        Assert.Contains("a human decides every outcome", refused.Message);
        Assert.Equal(CandidateStage.Completed, (await candidate.GetAsync())!.Stage);

        await candidate.DecideAsync(HiringVerdict.Reject, "recruiter", null);
        Assert.Equal(CandidateStage.Rejected, (await candidate.MoveToAsync(CandidateStage.Rejected, "recruiter", null)).Stage);
    }

    [Fact]
    public async Task Outside_the_EU_the_outcome_may_follow_the_AI_report_without_a_recorded_decision()
    {
        var candidate = await AssessedAsync("CN");

        Assert.Equal(CandidateStage.Rejected, (await candidate.MoveToAsync(CandidateStage.Rejected, "recruiter", null)).Stage);
    }

    [Theory]
    [InlineData("US-IL", 30)]
    [InlineData("CN", 15)]
    public async Task A_deletion_request_has_the_packs_deadline_and_is_processed_well_inside_it(string jurisdiction, int days)
    {
        var live = await (await LiveInterviewSetup.InvitedAsync(fixture, jurisdiction: jurisdiction)).StartedAsync();
        await fixture.Grains.GetGrain<ICandidateGrain>(live.CandidateId).AttachInterviewAsync(live.InterviewId);
        var privacy = fixture.Grains.GetGrain<BankHire.Privacy.ICandidatePrivacyGrain>(live.CandidateId);

        var requested = (await privacy.RequestDeletionAsync("candidate")).Deletion!;
        Assert.Equal(TimeSpan.FromDays(days), requested.DeadlineAt - requested.RequestedAt);

        fixture.Clock.Advance(BankHire.Privacy.RetentionSchedule.DeletionProcessingDelay);
        try
        {
            // What the reminder the request armed runs when it ticks (CandidatePrivacyTests covers the tick itself).
            var processed = await privacy.ProcessDueAsync();
            Assert.True(processed.Deletion!.ProcessedAt <= requested.DeadlineAt);
        }
        finally
        {
            fixture.Clock.Advance(-BankHire.Privacy.RetentionSchedule.DeletionProcessingDelay);
        }
    }

    /// <summary>A candidate whose AI interview was scored (report attached), at the completed stage.</summary>
    private async Task<ICandidateGrain> AssessedAsync(string jurisdiction)
    {
        var live = await (await LiveInterviewSetup.InvitedAsync(fixture, jurisdiction: jurisdiction)).StartedAsync();
        var candidate = fixture.Grains.GetGrain<ICandidateGrain>(live.CandidateId);
        await candidate.MoveToAsync(CandidateStage.Completed, "test", null);
        await candidate.AttachInterviewReportAsync(new InterviewReportSummary(live.InterviewId, 1, 42, nameof(HiringVerdict.Reject), fixture.Clock.GetUtcNow()));
        return candidate;
    }
}
