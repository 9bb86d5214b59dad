namespace BankHire.Analysis.Vision;

/// <summary>One camera frame as the liveness rule reads it: how many faces, and for a lone face its landmarks, eye openness and head pose.</summary>
public sealed record LivenessReading(int FaceCount, FaceLandmarks? Landmarks, EyeOpenness? Eyes, HeadPose? Pose)
{
    public bool Usable => FaceCount == 1 && Landmarks is not null && Eyes is not null && Pose is not null;
}
