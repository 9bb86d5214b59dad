using System.Collections.Immutable;
using BankHire.Notifications;

namespace BankHire.Booking;

/// <summary>How a sent invitation is followed up: the same link, channels and language as the invitation.</summary>
[GenerateSerializer, Immutable, Alias("bankhire.FollowUpPlan")]
public sealed record FollowUpPlan(
    Guid CandidateId, string JobId, string Link, DateTimeOffset ExpiresAt, ImmutableArray<InvitationChannel> Channels, string Language);
