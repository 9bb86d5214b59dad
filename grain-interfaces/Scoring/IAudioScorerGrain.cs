namespace BankHire.Scoring;

/// <summary>Measures each audio chunk of one answer as its doorbell rings (implicit subscription to "audio"). Keyed like the answer.</summary>
[Alias("bankhire.IAudioScorerGrain")]
public interface IAudioScorerGrain : IGrainWithStringKey
{
    [Alias("Latest")] ValueTask<AudioReadings> LatestAsync(int count);
}
