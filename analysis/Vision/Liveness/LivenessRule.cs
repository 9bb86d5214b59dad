using OpenCvSharp;

namespace BankHire.Analysis.Vision;

/// <summary>
/// Did a live face do what it was asked, over frames from the camera? The one place for the liveness rules:
/// <list type="bullet">
/// <item>at least <see cref="MinUsableFrames"/> frames with exactly one face and its landmarks (a second face refuses);</item>
/// <item>blink: the eyes' aspect ratio falls below <see cref="BlinkClosedShare"/> of the open eyes' (the upper quartile)
/// and opens again — a printed or on-screen photo cannot;</item>
/// <item>turn: the head turns at least <see cref="MinTurnDegrees"/> the asked way from where it started, and the face
/// moves as a solid head does, not as a flat picture: the 68 landmarks of the turned face are not one perspective
/// transform of the first face's (a tilted photo is, up to landmark noise: <see cref="MinDepthResidual"/>).</item>
/// </list>
/// </summary>
public static class LivenessRule
{
    public const int MinUsableFrames = 5;
    public const double BlinkClosedShare = 0.6;
    public const double MinTurnDegrees = 20;
    /// <summary>
    /// RMS landmark residual of the best homography, in inter-ocular distances, below which a turn is a flat picture
    /// tilted. Debian's portraits tilted up to 45° as printed photos stay under it (landmark noise); a head of generic
    /// depth turned 20° leaves about 0.07 (LivenessTests prints both).
    /// </summary>
    public const double MinDepthResidual = 0.05;

    // Eyes, brows, nose and mouth corners, and the jaw: points at different depths on a real head.
    private static readonly int[] RigidPoints = [.. Enumerable.Range(0, 17), .. Enumerable.Range(17, 10), .. Enumerable.Range(27, 9), .. Enumerable.Range(36, 12), 48, 54];

    public static LivenessVerdict Judge(LivenessChallenge challenge, IReadOnlyList<LivenessReading> frames)
    {
        if (frames.Any(f => f.FaceCount > 1)) return new(false, "more than one face in view");
        var usable = frames.Where(f => f.Usable).ToList();
        if (usable.Count < MinUsableFrames)
            return new(false, $"the face was seen clearly in {usable.Count} of {frames.Count} frames; at least {MinUsableFrames} are needed");
        return challenge == LivenessChallenge.Blink ? Blink(usable) : Turn(usable, challenge == LivenessChallenge.TurnLeft ? 1 : -1);
    }

    private static LivenessVerdict Blink(List<LivenessReading> frames)
    {
        var openness = frames.Select(f => f.Eyes!.Mean).ToArray();
        var open = openness.Order().ElementAt(openness.Length * 3 / 4);
        var closedAt = Array.FindIndex(openness, v => v < BlinkClosedShare * open);
        if (closedAt < 0)
            return new(false, $"no blink: the eyes never closed (lowest {openness.Min() / open:P0} of open)");
        var reopened = openness.Skip(closedAt).Any(v => v >= 0.85 * open) && openness.Take(closedAt).Any(v => v >= 0.85 * open);
        return reopened ? new(true, $"blinked (eyes down to {openness.Min() / open:P0} of open)") : new(false, "the eyes closed but did not open again");
    }

    /// <param name="sign">+1: the face turns towards the image's right (the person's left, the camera facing them); −1 the other way.</param>
    private static LivenessVerdict Turn(List<LivenessReading> frames, int sign)
    {
        var start = frames[0];
        var turned = frames.MaxBy(f => sign * (f.Pose!.YawDegrees - start.Pose!.YawDegrees))!;
        var degrees = sign * (turned.Pose!.YawDegrees - start.Pose!.YawDegrees);
        if (degrees < MinTurnDegrees) return new(false, $"the head turned {Math.Max(0, degrees):0}° the asked way; at least {MinTurnDegrees:0}° is needed");
        var residual = DepthResidual(start.Landmarks!, turned.Landmarks!);
        return residual < MinDepthResidual
            ? new(false, $"the face turned {degrees:0}° but moved as a flat picture does (depth residual {residual:0.000} < {MinDepthResidual})")
            : new(true, $"turned {degrees:0}° (depth residual {residual:0.000})");
    }

    /// <summary>RMS distance, in inter-ocular units, between the turned face's landmarks and the best perspective transform of the first face's.</summary>
    public static double DepthResidual(FaceLandmarks first, FaceLandmarks turned)
    {
        var from = RigidPoints.Select(i => new Point2d(first[i].X, first[i].Y)).ToArray();
        var to = RigidPoints.Select(i => new Point2d(turned[i].X, turned[i].Y)).ToArray();
        using var homography = Cv2.FindHomography(from, to);
        if (homography.Empty()) return 0;
        var h = new double[3, 3];
        for (var r = 0; r < 3; r++) for (var c = 0; c < 3; c++) h[r, c] = homography.At<double>(r, c);
        var sum = 0.0;
        for (var i = 0; i < from.Length; i++)
        {
            var w = h[2, 0] * from[i].X + h[2, 1] * from[i].Y + h[2, 2];
            var x = (h[0, 0] * from[i].X + h[0, 1] * from[i].Y + h[0, 2]) / w;
            var y = (h[1, 0] * from[i].X + h[1, 1] * from[i].Y + h[1, 2]) / w;
            sum += (x - to[i].X) * (x - to[i].X) + (y - to[i].Y) * (y - to[i].Y);
        }
        return Math.Sqrt(sum / from.Length) / Math.Max(1, (first.InterOcular + turned.InterOcular) / 2);
    }
}
