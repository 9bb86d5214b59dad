namespace BankHire.Answers;

/// <summary>Analyses each frame of one answer as its doorbell rings (implicit subscription to "frames"). Keyed like the answer.</summary>
[Alias("bankhire.IVisionScorerGrain")]
public interface IVisionScorerGrain : IGrainWithStringKey
{
    /// <summary>The readings of the highest <paramref name="count"/> seqs.</summary>
    [Alias("Latest")] ValueTask<FrameReadings> LatestAsync(int count);

    /// <summary>Every reading of a seq below <paramref name="frameCount"/>, ascending: what the answer's scoring need not analyse again.</summary>
    [Alias("Below"), ResponseTimeout(LiveReadingWait.Longest)] ValueTask<FrameReadings> BelowAsync(int frameCount);
}
