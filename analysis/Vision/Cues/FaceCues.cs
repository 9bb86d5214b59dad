namespace BankHire.Analysis.Vision;

/// <summary>The cues read from one face's landmarks. <see cref="Pose"/> is null when solvePnP finds no pose.</summary>
public sealed record FaceCues(HeadPose? Pose, EyeOpenness Eyes, MouthShape? Mouth, bool LookingAtCamera, bool? Smiling)
{
    public static FaceCues Read(FaceLandmarks face, int frameWidth, int frameHeight, FrameAnalysisOptions options)
    {
        var pose = HeadPose.Solve(face, frameWidth, frameHeight);
        var eyes = EyeOpenness.Of(face);
        var mouth = MouthShape.Of(face);
        return new FaceCues(pose, eyes, mouth, pose is not null && options.Gaze.Contains(pose, eyes), mouth is null ? null : options.Smile.IsSmile(mouth));
    }
}
