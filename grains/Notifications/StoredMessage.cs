using System.Collections.Immutable;

namespace BankHire.Notifications;

/// <summary>What was rendered for one delivery, kept so a retry sends exactly the same message.</summary>
[GenerateSerializer, Immutable, Alias("bankhire.StoredMessage")]
public sealed record StoredMessage(
    string Subject,
    string Body,
    string ShortText,
    string Link,
    ImmutableDictionary<string, string> Variables);
