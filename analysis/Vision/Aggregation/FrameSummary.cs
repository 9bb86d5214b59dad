namespace BankHire.Analysis.Vision;

/// <summary>
/// What <see cref="VisionAggregator"/> needs of one frame's observation — enough to keep per frame while an answer
/// streams in, so that the answer's features are aggregated without analysing its frames a second time.
/// </summary>
public sealed record FrameSummary(
    bool Readable, double MeanBrightness, double BlurScore, bool TooDark, int FaceCount, bool? LookingAtCamera, bool? Smiling,
    bool SmallFacesSearched = false, bool? EyesClosed = null)
{
    public bool HasFace => FaceCount > 0;

    /// <summary>As <see cref="FrameObservation.Judgeable"/>: a readable frame that is lit, or shows a face anyway.</summary>
    public bool Judgeable => Readable && (!TooDark || HasFace);

    public static FrameSummary Of(FrameObservation frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        return new(frame.Readable, frame.MeanBrightness, frame.BlurScore, frame.TooDark, frame.FaceCount, frame.LookingAtCamera, frame.Smiling,
            frame.SmallFacesSearched, frame.EyesClosed);
    }
}
