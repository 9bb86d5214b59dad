namespace BankHire.Notifications;

/// <summary>How a message reaches the candidate: e-mail (SMTP), SMS or a WeChat template message (HTTP gateway).</summary>
[GenerateSerializer, Alias("bankhire.InvitationChannel")]
public enum InvitationChannel { Email, Sms, WeChat }
