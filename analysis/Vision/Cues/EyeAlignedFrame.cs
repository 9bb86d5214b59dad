using OpenCvSharp;

namespace BankHire.Analysis.Vision;

/// <summary>Coordinates along the line from the right eye centre to the left one, and down the face perpendicular to it.</summary>
public readonly record struct EyeAlignedFrame(Point2f Origin, double Ux, double Uy)
{
    public static EyeAlignedFrame Of(FaceLandmarks face)
    {
        var (r, l) = (face.RightEyeCentre, face.LeftEyeCentre);
        var length = Math.Max(1e-6, FaceLandmarks.Distance(r, l));
        return new EyeAlignedFrame(new Point2f((r.X + l.X) / 2, (r.Y + l.Y) / 2), (l.X - r.X) / length, (l.Y - r.Y) / length);
    }

    public (double Along, double Down) Project(Point2f p)
    {
        var (dx, dy) = (p.X - Origin.X, p.Y - Origin.Y);
        return (dx * Ux + dy * Uy, -dx * Uy + dy * Ux);
    }
}
