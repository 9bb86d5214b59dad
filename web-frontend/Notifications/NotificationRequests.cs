using System.Collections.Immutable;
using BankHire.Notifications;
using BankHire.Web.Problems;

namespace BankHire.Web.Notifications;

public sealed record SendInvitationsRequest(InvitationChannel[] Channels, string Language = NotificationLanguages.Chinese, int ExpiresInDays = 7) : IValidatedRequest
{
    /// <summary>Whether the candidate has the address a channel needs is checked against the candidate by <see cref="InvitationSender"/>.</summary>
    public void Validate()
    {
        TemplateValidation.Language(Language, "language");
        if (Channels is null || Channels.Length == 0)
            throw ApiProblemException.Invalid("channels", "'channels' needs at least one of email, sms, wechat.");
        if (Channels.Any(c => !Enum.IsDefined(c)))
            throw ApiProblemException.Invalid("channels", "'channels' may hold email, sms and wechat only.");
        BankHire.Web.Invitations.InterviewInviter.CheckExpiry(ExpiresInDays);
    }
}

public sealed record SentInvitations(Guid InterviewId, string Link, DateTimeOffset ExpiresAt, ImmutableArray<DeliveryRecord> Deliveries);

public sealed record TemplateView(MessageKind Kind, string Language, string Subject, string Body, string ShortText, bool Custom);

public sealed record TemplatesUpdate(InvitationTemplate[] Templates) : IValidatedRequest
{
    public void Validate() => Checked();

    /// <summary>The templates with their texts trimmed; throws naming the first template that is wrong.</summary>
    public ImmutableArray<InvitationTemplate> Checked() => TemplateValidation.CheckAll(Templates);
}

public sealed record PreviewRequest(MessageKind Kind, string Language, string? Subject = null, string? Body = null, string? ShortText = null, Guid? CandidateId = null)
    : IValidatedRequest
{
    public void Validate()
    {
        TemplateValidation.Kind(Kind, "kind");
        TemplateValidation.Language(Language, "language");
        if (Subject is not null) TemplateValidation.Text(Subject, "subject", 200, Kind);
        if (Body is not null) TemplateValidation.Text(Body, "body", 4000, Kind);
        if (ShortText is not null) TemplateValidation.Text(ShortText, "shortText", 500, Kind);
    }
}

public sealed record PreviewView(string Subject, string Body, string ShortText, IReadOnlyDictionary<string, string> Variables);
