using System.Collections.Immutable;

namespace BankHire.Notifications;

[GenerateSerializer, Alias("bankhire.InvitationTemplatesState")]
public sealed class InvitationTemplatesState
{
    [Id(0)] public ImmutableArray<InvitationTemplate> Templates { get; set; } = [];
}
