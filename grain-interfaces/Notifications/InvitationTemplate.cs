namespace BankHire.Notifications;

/// <summary>
/// The words of one kind of message in one language. <paramref name="Subject"/> and <paramref name="Body"/> are the
/// e-mail; <paramref name="ShortText"/> is the SMS / WeChat text. Variables are written {candidateName}, {jobTitle},
/// {bankName}, {link}, {expiresAt}, {slot}.
/// </summary>
[GenerateSerializer, Immutable, Alias("bankhire.InvitationTemplate")]
public sealed record InvitationTemplate(MessageKind Kind, string Language, string Subject, string Body, string ShortText);
