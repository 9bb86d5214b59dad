using System.Collections.Immutable;
using BankHire.Persistence;

namespace BankHire.Notifications;

/// <summary>A job's own message templates (validated by the caller).</summary>
[GrainType("invitation-templates")]
public sealed class InvitationTemplatesGrain(
    [PersistentState("invitation-templates")] IPersistentState<InvitationTemplatesState> state) : Grain, IInvitationTemplatesGrain
{
    public ValueTask<ImmutableArray<InvitationTemplate>> GetCustomAsync() => ValueTask.FromResult(state.State.Templates);

    public async ValueTask SetCustomAsync(ImmutableArray<InvitationTemplate> templates)
    {
        state.State.Templates = templates;
        await state.WriteOrReloadAsync(this);
    }
}
