using BankHire.Booking;
using BankHire.Candidates;
using BankHire.Interviews;
using BankHire.Notifications;
using BankHire.Web.CandidateStatus;
using BankHire.Web.Invitations;
using BankHire.Web.Problems;

namespace BankHire.Web.Notifications;

/// <summary>
/// Sends a candidate their invitation on the chosen channels: the open interview's link if they have one, else a
/// new interview through <see cref="InterviewInviter"/>; then the follow-ups (nudge, reminder, expiry) are armed.
/// </summary>
public sealed class InvitationSender(IGrainFactory grains, InterviewInviter inviter, InvitationTokenService tokens, CandidateLinks links)
{
    public async Task<SentInvitations> SendAsync(Guid candidateId, SendInvitationsRequest request, string actor)
    {
        var language = request.Language;
        var channels = request.Channels.Distinct().ToArray();
        var candidate = await grains.GetGrain<ICandidateGrain>(candidateId).GetAsync() ?? throw ApiProblemException.NotFound($"Candidate {candidateId}", "id");
        if (channels.Contains(InvitationChannel.Email) && string.IsNullOrWhiteSpace(candidate.Application.Contact.Email))
            throw ApiProblemException.Invalid("channels", "The candidate has no e-mail address; add one or choose another channel.");
        if (channels.Any(c => c != InvitationChannel.Email) && string.IsNullOrWhiteSpace(candidate.Application.Contact.Phone))
            throw ApiProblemException.Invalid("channels", "The candidate has no phone number for SMS or WeChat; add one or choose e-mail.");

        var (interviewId, link, expiresAt) = await OpenInterviewAsync(candidate, request.ExpiresInDays, actor);
        await grains.GetGrain<IInterviewFollowUpGrain>(interviewId).StartAsync(
            new FollowUpPlan(candidateId, candidate.Application.JobId, link, expiresAt, [.. channels], language));
        var deliveries = await grains.GetGrain<ICandidateNotificationsGrain>(candidateId).SendAsync(
            new NotificationRequest(MessageKind.Invitation, [.. channels], language, interviewId, link, expiresAt, null));
        return new SentInvitations(interviewId, link, expiresAt, deliveries);
    }

    private async Task<(Guid, string, DateTimeOffset)> OpenInterviewAsync(CandidateSnapshot candidate, int expiresInDays, string actor)
    {
        foreach (var id in candidate.InterviewIds.Reverse())
        {
            if (await grains.GetGrain<IInterviewSessionGrain>(id).GetAsync() is { Status: InterviewStatus.Invited or InterviewStatus.Booked } open)
                return (id, await LinkAsync(id, open.Invitation.ExpiresAt), open.Invitation.ExpiresAt);
        }
        var invitation = await inviter.InviteAsync(candidate.Id, expiresInDays, actor);
        return (invitation.InterviewId, links.Status(invitation.Token), invitation.ExpiresAt);
    }

    /// <summary>
    /// The link messages carry: the candidate's status page, which books the slot and opens the interview. A new
    /// token each time, so sending again revokes the link sent before.
    /// </summary>
    private async Task<string> LinkAsync(Guid interviewId, DateTimeOffset expiresAt) =>
        links.Status(await tokens.IssueAsync(grains, interviewId, expiresAt));
}
