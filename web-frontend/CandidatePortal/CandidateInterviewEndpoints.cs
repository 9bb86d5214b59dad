using BankHire.Answers;
using BankHire.Hosting.Answers;
using BankHire.Interviews;
using BankHire.Scoring;
using BankHire.Web.Answers;
using BankHire.Web.Invitations;
using BankHire.Web.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using static BankHire.Web.CandidatePortal.CandidateInterviewRequests;

namespace BankHire.Web.CandidatePortal;

/// <summary>The live interview's steps under /api/candidate/interview, in the order of README.md.</summary>
public static class CandidateInterviewEndpoints
{
    public static void MapCandidateInterview(this RouteGroupBuilder group)
    {
        group.MapPost("/interview/consent", GiveConsentAsync);
        group.MapPost("/interview/consent/withdraw", WithdrawConsentAsync);
        group.MapPost("/interview/device-check", CheckDeviceAsync).WithMetadata(new RequestSizeLimitAttribute(ChunkBody.MaxBytes));
        group.MapPost("/interview/start", StartAsync);
        group.MapPost("/interview/questions/{questionId}/begin", BeginQuestionAsync);
        group.MapPost("/interview/questions/{questionId}/finish", FinishQuestionAsync);
        group.MapGet("/interview/hints", HintsAsync);
        group.MapPost("/interview/integrity", RecordIntegrityAsync);
        group.MapPost("/interview/complete", CompleteAsync);
        group.MapGet("/interview/feedback", FeedbackAsync);
    }

    private static async Task<CandidateInterviewView> GiveConsentAsync(ConsentRequest request, HttpContext http, Portal portal)
    {
        var (interview, session) = await portal.OpenAsync(http);
        var choice = new ConsentChoice(request.Face, request.Voice, request.Content, request.KeepRecording,
            request.TextVersion, PrimaryLanguage(request.Language), http.Connection.RemoteIpAddress?.ToString(), request.BiometricNoticeVersion);
        return await portal.ViewAsync(interview, await session.GiveConsentAsync(choice), http);
    }

    private static async Task<CandidateInterviewView> WithdrawConsentAsync(HttpContext http, Portal portal)
    {
        var (interview, session) = await portal.OpenAsync(http);
        return await portal.ViewAsync(interview, await session.WithdrawConsentAsync(http.Connection.RemoteIpAddress?.ToString()), http);
    }

    private static async Task<DeviceGuidance.DeviceCheckView> CheckDeviceAsync(HttpContext http, Portal portal)
    {
        await portal.OpenAsync(http);
        ChunkBody.ContentType(ChunkKind.Frame, http.Request.ContentType);
        var jpeg = await ChunkBody.ReadAsync(http.Request, http.RequestAborted);
        ChunkBody.CheckPayload(ChunkKind.Frame, jpeg);
        return DeviceGuidance.View(await portal.Grains.GetGrain<IDeviceCheckGrain>(0).CheckAsync(jpeg));
    }

    private static async Task<CandidateInterviewView> StartAsync(HttpContext http, Portal portal)
    {
        var (interview, session) = await portal.OpenAsync(http);
        await session.StartAsync();
        return await portal.ViewAsync(interview, null, http);
    }

    private static async Task<CandidateInterviewView> BeginQuestionAsync(string questionId, BeginRequest? request, HttpContext http, Portal portal)
    {
        var (interview, session) = await portal.OpenAsync(http, questionId);
        return await portal.ViewAsync(interview, await session.BeginQuestionAsync(questionId, request?.Retake ?? false), http);
    }

    private static async Task<CandidateInterviewView> FinishQuestionAsync(string questionId, FinishRequest request, HttpContext http, Portal portal)
    {
        var (interview, session) = await portal.OpenAsync(http, questionId);
        var finish = new AnswerFinish(request.Attempt, request.FrameCount, request.AudioCount, request.TypedAnswer);
        return await portal.ViewAsync(interview, await session.FinishQuestionAsync(questionId, finish), http);
    }

    private static async Task<IReadOnlyList<LiveHints.Hint>> HintsAsync(string? questionId, HttpContext http, Portal portal)
    {
        Require.Text(questionId, "questionId");
        var (interview, session) = await portal.OpenAsync(http, questionId);
        var progress = (await session.GetProgressAsync())!;
        var question = progress.Questions.First(q => q.QuestionId == questionId);
        var key = AnswerKeys.StreamKey(interview.Id, question.AnswerKey);
        var consent = MediaConsent.Of(progress).Analyses;
        // Only what the candidate agreed to is looked at, even for hints.
        var frames = consent.Face ? await portal.Grains.GetGrain<IVisionScorerGrain>(key).LatestAsync(LiveHints.FramesLookedAt) : null;
        var audio = consent.Voice ? await portal.Grains.GetGrain<IAudioScorerGrain>(key).LatestAsync(LiveHints.SilentSeconds) : null;
        return LiveHints.From(frames, audio);
    }

    private static async Task<NoContent> RecordIntegrityAsync(IntegrityRequest request, HttpContext http, Portal portal)
    {
        var (_, session) = await portal.OpenAsync(http, request.QuestionId);
        await session.RecordIntegrityAsync(request.Kind, request.QuestionId, request.At);
        return TypedResults.NoContent();
    }

    private static async Task<CandidateInterviewView> CompleteAsync(HttpContext http, Portal portal)
    {
        var (interview, session) = await portal.OpenAsync(http);
        await session.CompleteAsync();
        return await portal.ViewAsync(interview, null, http);
    }

    private static async Task<CandidateFeedback.FeedbackView> FeedbackAsync(HttpContext http, Portal portal)
    {
        var (interview, _) = await portal.OpenAsync(http);
        return await CandidateFeedback.VisibleAsync(portal.Grains, interview.Id);
    }

    /// <summary>The services every step uses, resolved once per request.</summary>
    public sealed class Portal(InvitationTokenService tokens, IGrainFactory grains, ChunkStore store)
    {
        public IGrainFactory Grains => grains;

        /// <summary>The token's interview and its grain; a question that is not in the interview is a 404.</summary>
        public async Task<(InterviewSnapshot Interview, IInterviewSessionGrain Session)> OpenAsync(HttpContext http, string? questionId = null)
        {
            var interview = await CandidatePortalEndpoints.AuthorisedAsync(http, tokens, grains);
            if (questionId is not null && interview.Invitation.QuestionIds is { } questions && !questions.Contains(questionId))
                throw ApiProblemException.NotFound($"Question '{questionId}' of this interview", "questionId");
            return (interview, grains.GetGrain<IInterviewSessionGrain>(interview.Id));
        }

        public async Task<CandidateInterviewView> ViewAsync(InterviewSnapshot interview, InterviewProgress? progress, HttpContext http) =>
            progress is null
                ? await CandidatePortalEndpoints.ViewAsync(interview, grains, store, http.RequestAborted)
                : await CandidateViews.BuildAsync(progress, grains, store, http.RequestAborted);
    }

    /// <summary>A BCP 47 tag's primary language ("zh-CN" → "zh", "en-GB" → "en"); anything else is left for the session to refuse.</summary>
    private static string PrimaryLanguage(string? tag) => tag?.Split('-')[0].ToLowerInvariant() ?? "";
}
