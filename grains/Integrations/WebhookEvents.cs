using System.Text.Json;
using BankHire.Candidates;
using BankHire.Interviews;
using BankHire.Scoring;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BankHire.Integrations;

/// <summary>The events integration clients receive, and the one-line hook the domain grains publish them with.</summary>
public static class WebhookEvents
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static WebhookEvent StageChanged(CandidateSnapshot candidate, StageChange change) =>
        Create(WebhookEventTypes.CandidateStageChanged, change.At, new
        {
            candidateId = candidate.Id,
            jobId = candidate.Application.JobId,
            from = change.From.ToString(),
            to = change.To.ToString(),
            actor = change.Actor,
            reason = change.Reason,
        });

    public static WebhookEvent InterviewCompleted(InterviewInvitation? invitation, Guid interviewId, DateTimeOffset completedAt) =>
        Create(WebhookEventTypes.InterviewCompleted, completedAt, new
        {
            interviewId,
            candidateId = invitation?.CandidateId,
            jobId = invitation?.JobId,
            completedAt,
        });

    public static WebhookEvent ReportReady(InterviewReport report, Guid candidateId) =>
        Create(WebhookEventTypes.InterviewReportReady, report.ScoredAt, new
        {
            interviewId = report.InterviewId,
            candidateId,
            jobId = report.JobId,
            rubricVersion = report.RubricVersion,
            overallScore = report.OverallScore,
            recommendation = report.Recommendation,
        });

    /// <summary>The body every subscriber receives: {"id", "type", "time", "data"}.</summary>
    public static byte[] Body(WebhookEvent e)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("id", e.Id);
            writer.WriteString("type", e.Type);
            writer.WriteString("time", e.Time);
            writer.WritePropertyName("data");
            writer.WriteRawValue(e.DataJson);
            writer.WriteEndObject();
        }
        return buffer.ToArray();
    }

    /// <summary>
    /// Hands the event to the dispatcher, which stores a delivery per subscriber before returning. The caller's own
    /// change is already saved, so a failure here is logged and never undoes or fails it.
    /// </summary>
    public static async Task PublishWebhookAsync(this IGrainBase grain, WebhookEvent e)
    {
        var services = grain.GrainContext.ActivationServices;
        try
        {
            await services.GetRequiredService<IGrainFactory>().GetGrain<IWebhookDispatcherGrain>(IWebhookDispatcherGrain.Key).PublishAsync(e);
        }
        catch (Exception error)
        {
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(WebhookEvents))
                .LogError(error, "Could not publish webhook event {EventType} {EventId}", e.Type, e.Id);
        }
    }

    /// <summary>Publishes interview.completed with the interview's candidate and job.</summary>
    public static async Task PublishInterviewCompletedAsync(this IGrainBase grain, Guid interviewId, DateTimeOffset completedAt)
    {
        var grains = grain.GrainContext.ActivationServices.GetRequiredService<IGrainFactory>();
        var interview = await grains.GetGrain<IInterviewSessionGrain>(interviewId).GetAsync();
        await grain.PublishWebhookAsync(InterviewCompleted(interview?.Invitation, interviewId, completedAt));
    }

    private static WebhookEvent Create(string type, DateTimeOffset time, object data) =>
        new(Guid.NewGuid(), type, time, JsonSerializer.Serialize(data, Json));
}
