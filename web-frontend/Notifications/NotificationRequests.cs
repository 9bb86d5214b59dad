using System.Collections.Immutable;
using BankHire.Notifications;

namespace BankHire.Web.Notifications;

public sealed record SendInvitationsRequest(InvitationChannel[] Channels, string Language = NotificationLanguages.Chinese, int ExpiresInDays = 7);

public sealed record SentInvitations(Guid InterviewId, string Link, DateTimeOffset ExpiresAt, ImmutableArray<DeliveryRecord> Deliveries);

public sealed record TemplateView(MessageKind Kind, string Language, string Subject, string Body, string ShortText, bool Custom);

public sealed record TemplatesUpdate(InvitationTemplate[] Templates);

public sealed record PreviewRequest(MessageKind Kind, string Language, string? Subject = null, string? Body = null, string? ShortText = null, Guid? CandidateId = null);

public sealed record PreviewView(string Subject, string Body, string ShortText, IReadOnlyDictionary<string, string> Variables);
