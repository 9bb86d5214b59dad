using OpenCvSharp;

namespace BankHire.Analysis.Vision;

/// <summary>
/// Where the face points, relative to the line from the face to the camera: 0°,0° is a face turned straight at
/// the lens wherever it sits in the frame. Positive yaw: the face points towards the image's right; positive pitch:
/// it points down. Solved with OpenCV's solvePnP from six landmarks (nose tip, chin, outer eye corners, mouth
/// corners) and a generic 3-D face, with the usual webcam assumptions (focal length ≈ the frame width, principal
/// point at the centre, no distortion); a face of other proportions or a very wide lens shifts pitch by a few degrees.
/// </summary>
public sealed record HeadPose(double YawDegrees, double PitchDegrees)
{
    // Landmark index and its position on the generic face: x to the image's right, y down, z away from the camera;
    // the nose tip is the origin, outer eye corners 450 units apart.
    private static readonly int[] Parts = [30, 8, 36, 45, 48, 54];

    private static readonly Point3f[] Model =
    [
        new(0, 0, 0), new(0, 330, 65), new(-225, -170, 135), new(225, -170, 135), new(-150, 150, 125), new(150, 150, 125),
    ];

    public static HeadPose? Solve(FaceLandmarks face, int frameWidth, int frameHeight)
    {
        var image = Parts.Select(i => face[i]).ToArray();
        var eyeCorners = FaceLandmarks.Distance(image[2], image[3]);
        if (eyeCorners < 2) return null;

        double focal = frameWidth, cx = frameWidth / 2.0, cy = frameHeight / 2.0;
        var camera = new double[,] { { focal, 0, cx }, { 0, focal, cy }, { 0, 0, 1 } };
        // SQPnP finds the global least-squares pose directly: a tenth of the time of the iterative solver, no start guess.
        using var objectPoints = Mat.FromArray(Model);
        using var imagePoints = Mat.FromArray(image);
        using var cameraMatrix = Mat.FromArray(camera);
        using var noDistortion = new Mat();
        using var rotationVector = new Mat();
        using var translation = new Mat();
        Cv2.SolvePnP(objectPoints, imagePoints, cameraMatrix, noDistortion, rotationVector, translation, useExtrinsicGuess: false, SolvePnPMethod.SQPNP);
        if (rotationVector.Total() != 3 || translation.Total() != 3) return null;
        var rvec = new[] { rotationVector.At<double>(0), rotationVector.At<double>(1), rotationVector.At<double>(2) };
        var tvec = new[] { translation.At<double>(0), translation.At<double>(1), translation.At<double>(2) };
        if (tvec[2] <= 0 || rvec.Concat(tvec).Any(v => !double.IsFinite(v))) return null;

        Cv2.Rodrigues(rvec, out var rotation, out _);
        // The face's outward direction is the model's −z turned by the rotation; the camera lies along −t.
        var (fx, fy, fz) = (-rotation[0, 2], -rotation[1, 2], -rotation[2, 2]);
        var (sx, sy, sz) = (-tvec[0], -tvec[1], -tvec[2]);
        return new HeadPose(
            YawDegrees: Degrees(Math.Atan2(fx, -fz) - Math.Atan2(sx, -sz)),
            PitchDegrees: Degrees(Math.Atan2(fy, Math.Sqrt(fx * fx + fz * fz)) - Math.Atan2(sy, Math.Sqrt(sx * sx + sz * sz))));
    }

    private static double Degrees(double radians)
    {
        var d = radians * 180 / Math.PI;
        return d > 180 ? d - 360 : d < -180 ? d + 360 : d;
    }
}
