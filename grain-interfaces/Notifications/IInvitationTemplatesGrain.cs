using System.Collections.Immutable;

namespace BankHire.Notifications;

/// <summary>A job's own message templates; a kind and language it does not define uses the shipped default. Keyed by job id.</summary>
[Alias("bankhire.IInvitationTemplatesGrain")]
public interface IInvitationTemplatesGrain : IGrainWithStringKey
{
    /// <summary>The templates HR wrote for this job (not the defaults).</summary>
    [Alias("GetCustom")] ValueTask<ImmutableArray<InvitationTemplate>> GetCustomAsync();

    /// <summary>Replaces the job's templates; the caller has validated them.</summary>
    [Alias("SetCustom")] ValueTask SetCustomAsync(ImmutableArray<InvitationTemplate> templates);
}
