using System.Collections.Immutable;

namespace BankHire.HrNotifications;

/// <summary>The HR in-app inbox, one per bank (key "hr"); keeps the latest notices.</summary>
[Alias("bankhire.IHrNotificationsGrain")]
public interface IHrNotificationsGrain : IGrainWithStringKey
{
    public const string Key = "hr";

    /// <summary>Adds the notice unless one with the same id is there.</summary>
    [Alias("Post")] ValueTask PostAsync(HrNotification notification);

    /// <summary>Newest first.</summary>
    [Alias("List")] ValueTask<ImmutableArray<HrNotification>> ListAsync(int max);
}
