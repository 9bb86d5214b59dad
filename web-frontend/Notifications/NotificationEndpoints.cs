using System.Collections.Immutable;
using BankHire.Banks;
using BankHire.Candidates;
using BankHire.Interviews;
using BankHire.Jobs;
using BankHire.Notifications;
using BankHire.Notifications.Channels;
using BankHire.Notifications.Templates;
using BankHire.Web.CandidateStatus;
using BankHire.Web.Identity;
using BankHire.Web.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BankHire.Web.Notifications;

public static class NotificationEndpoints
{
    public static void MapNotifications(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Invitations");
        api.MapPost("/candidates/{id:guid}/invitations", SendAsync)
            .RequireAuthorization(AuthPolicies.Recruiting)
            .WithSummary("Sends the candidate's invitation by e-mail, SMS and/or WeChat (inviting them first if no interview is open); returns the deliveries.");
        api.MapGet("/candidates/{id:guid}/invitations", ListAsync)
            .RequireAuthorization(AuthPolicies.AnyHr).WithSummary("Every message sent to the candidate: channel, status, attempts, last error, next retry.");
        // Retired: the QR carried a live candidate token to anyone who could see the console. The candidate gets
        // their QR code inside the invitation e-mail only.
        api.MapGet("/interviews/{id:guid}/qr.png", RetiredQr)
            .RequireAuthorization(AuthPolicies.Recruiting).ProducesProblem(StatusCodes.Status410Gone)
            .WithSummary("Retired (410): the QR code holding the candidate's link is sent in the invitation e-mail only.");

        api.MapGet("/jobs/{jobId}/invitation-templates", TemplatesAsync)
            .RequireAuthorization(AuthPolicies.AnyHr).WithSummary("The job's message templates per kind and language; defaults where the job has none.");
        api.MapPut("/jobs/{jobId}/invitation-templates", SetTemplatesAsync)
            .RequireAuthorization(AuthPolicies.Recruiting).WithSummary("Replaces the job's own templates; unknown variables are refused.");
        api.MapPost("/jobs/{jobId}/invitation-templates/preview", PreviewAsync)
            .RequireAuthorization(AuthPolicies.Recruiting).WithSummary("Renders a template (the given texts, or the job's) with a sample or real candidate.");
    }

    private static async Task<SentInvitations> SendAsync(Guid id, SendInvitationsRequest request, InvitationSender sender, HttpContext http) =>
        await sender.SendAsync(id, request, http.User.Identity!.Name!);

    private static async Task<ImmutableArray<DeliveryRecord>> ListAsync(Guid id, IGrainFactory grains)
    {
        if (await grains.GetGrain<ICandidateGrain>(id).GetAsync() is null) throw ApiProblemException.NotFound($"Candidate {id}", "id");
        return await grains.GetGrain<ICandidateNotificationsGrain>(id).ListAsync();
    }

    private static ProblemHttpResult RetiredQr(Guid id) => TypedResults.Problem(
        statusCode: StatusCodes.Status410Gone,
        title: "Endpoint retired",
        detail: "The invitation QR code is sent to the candidate inside the invitation e-mail only; it holds their personal link, which HR does not handle.",
        extensions: new Dictionary<string, object?> { ["field"] = "id" });

    private static async Task<IEnumerable<TemplateView>> TemplatesAsync(string jobId, IGrainFactory grains) => await ViewAsync(grains, jobId);

    private static async Task<IEnumerable<TemplateView>> SetTemplatesAsync(string jobId, TemplatesUpdate update, IGrainFactory grains)
    {
        await ExistingJobAsync(grains, jobId);
        await grains.GetGrain<IInvitationTemplatesGrain>(jobId).SetCustomAsync(update.Checked());
        return await ViewAsync(grains, jobId);
    }

    private static async Task<JobSnapshot> ExistingJobAsync(IGrainFactory grains, string id) =>
        await grains.GetGrain<IJobRubricGrain>(id).GetAsync() ?? throw new JobNotFoundException(id);

    private static async Task<IEnumerable<TemplateView>> ViewAsync(IGrainFactory grains, string id)
    {
        await ExistingJobAsync(grains, id);
        var custom = await grains.GetGrain<IInvitationTemplatesGrain>(id).GetCustomAsync();
        return DefaultTemplates.PerJob.Select(d =>
        {
            var own = custom.FirstOrDefault(t => t.Kind == d.Kind && t.Language == d.Language);
            var t = own ?? d;
            return new TemplateView(t.Kind, t.Language, t.Subject, t.Body, t.ShortText, own is not null);
        });
    }

    private static async Task<PreviewView> PreviewAsync(string jobId, PreviewRequest request, IGrainFactory grains, NotificationOptions options, TimeProvider clock, CandidateLinks links)
    {
        var (kind, language) = (request.Kind, request.Language);
        var job = await ExistingJobAsync(grains, jobId);
        var stored = DefaultTemplates.Effective(await grains.GetGrain<IInvitationTemplatesGrain>(jobId).GetCustomAsync(), kind, language);
        var template = stored with
        {
            Subject = request.Subject?.Trim() ?? stored.Subject,
            Body = request.Body?.Trim() ?? stored.Body,
            ShortText = request.ShortText?.Trim() ?? stored.ShortText,
        };
        var name = language == NotificationLanguages.Chinese ? "王小明" : "Alex Chen";
        if (request.CandidateId is { } candidateId)
        {
            var candidate = await grains.GetGrain<ICandidateGrain>(candidateId).GetAsync() ?? throw ApiProblemException.NotFound($"Candidate {candidateId}", "candidateId");
            name = candidate.Application.Contact.FullName;
        }
        var bank = await grains.GetGrain<IBankGrain>(IBankGrain.DefaultKey).GetAsync();
        var now = clock.GetUtcNow();
        var variables = MessageVariables.For(language, name, job.Posting.TitleZh, job.Posting.TitleEn, bank?.NameZh, bank?.NameEn,
            links.Status("preview"), now.AddDays(7), now.AddDays(3), MessageTimes.Zone(options.TimeZone));
        return new PreviewView(TemplateRenderer.Render(template.Subject, variables), TemplateRenderer.Render(template.Body, variables),
            TemplateRenderer.Render(template.ShortText, variables), variables);
    }
}
