namespace BankHire.Scoring;

/// <summary>Analyses one JPEG at once, on whichever silo takes it (a stateless worker). Key 0.</summary>
[Alias("bankhire.IDeviceCheckGrain")]
public interface IDeviceCheckGrain : IGrainWithIntegerKey
{
    [Alias("Check")] ValueTask<DeviceCheck> CheckAsync(byte[] jpeg);
}
