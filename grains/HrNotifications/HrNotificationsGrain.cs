using System.Collections.Immutable;
using BankHire.Persistence;

namespace BankHire.HrNotifications;

/// <summary>The HR in-app inbox: the latest notices, each once.</summary>
[GrainType("hr-notifications")]
public sealed class HrNotificationsGrain(
    [PersistentState("hr-notifications")] IPersistentState<HrNotificationsState> state) : Grain, IHrNotificationsGrain
{
    public const int Keep = 500;

    public async ValueTask PostAsync(HrNotification notification)
    {
        var list = state.State.Notifications;
        if (list.Any(n => n.Id == notification.Id)) return;
        list.Add(notification);
        if (list.Count > Keep) list.RemoveRange(0, list.Count - Keep);
        await state.WriteOrReloadAsync(this);
    }

    public ValueTask<ImmutableArray<HrNotification>> ListAsync(int max) =>
        ValueTask.FromResult(state.State.Notifications.AsEnumerable().Reverse().Take(Math.Clamp(max, 0, Keep)).ToImmutableArray());
}
