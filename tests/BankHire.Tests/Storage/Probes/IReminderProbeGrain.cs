namespace BankHire.Tests.Storage.Probes;

/// <summary>A grain with one reminder whose ticks are counted in <see cref="ReminderTicks"/>.</summary>
[Alias("BankHire.Tests.Storage.IReminderProbeGrain")]
public interface IReminderProbeGrain : IGrainWithStringKey
{
    [Alias("Start")]
    Task StartAsync(TimeSpan dueTime, TimeSpan period);

    [Alias("HasReminder")]
    Task<bool> HasReminderAsync();

    [Alias("Stop")]
    Task StopAsync();
}
