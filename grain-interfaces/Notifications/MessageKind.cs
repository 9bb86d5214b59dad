namespace BankHire.Notifications;

/// <summary>
/// What a message is for: the invitation itself, the 24-hour nudge to book, the reminder before the slot, the notice that HR cancelled the booked slot; for a hire,
/// the welcome (with the employee page's sign-in link) and the reminder of an onboarding item that falls due; a booking made
/// or changed (with the calendar invitation; HR's cancellation carries the calendar's cancellation).
/// </summary>
[GenerateSerializer, Alias("bankhire.MessageKind")]
public enum MessageKind { Invitation, Nudge, Reminder, Welcome, OnboardingReminder, SlotCancelled, Booked }
