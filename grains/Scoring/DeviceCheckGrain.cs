using BankHire.Analysis.Vision;
using Orleans.Concurrency;

namespace BankHire.Scoring;

/// <summary>Checks one camera frame before the interview, on whichever silo takes the call.</summary>
[GrainType("device-check"), StatelessWorker]
public sealed class DeviceCheckGrain(FrameAnalyzer frames) : Grain, IDeviceCheckGrain
{
    public const double BrightLuminance = 220;
    public const double BlurryBelow = 30;

    public ValueTask<DeviceCheck> CheckAsync(byte[] jpeg)
    {
        var seen = frames.Analyze(jpeg);
        var guidance = new List<string>();
        if (!seen.Readable || seen.TooDark) guidance.Add("too_dark");
        else if (seen.MeanBrightness > BrightLuminance) guidance.Add("too_bright");
        if (seen.Readable && !seen.TooDark && seen.FaceCount == 0) guidance.Add("no_face");
        if (seen.FaceCount > 1) guidance.Add("multiple_faces");
        if (seen.Readable && seen.BlurScore < BlurryBelow) guidance.Add("blurry");
        return ValueTask.FromResult(new DeviceCheck(seen.FaceCount, Math.Round(seen.MeanBrightness, 1), Math.Round(seen.BlurScore, 1), guidance.Count == 0, [.. guidance]));
    }
}
