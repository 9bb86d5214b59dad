namespace BankHire.Notifications;

/// <summary>What a message is for: the invitation itself, the 24-hour nudge to book, the reminder before the slot.</summary>
[GenerateSerializer, Alias("bankhire.MessageKind")]
public enum MessageKind { Invitation, Nudge, Reminder }
