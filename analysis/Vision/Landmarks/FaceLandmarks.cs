using OpenCvSharp;

namespace BankHire.Analysis.Vision;

/// <summary>
/// The 68 points of the iBUG 300-W annotation in image pixels (0-based): jaw 0–16, brows 17–26, nose 27–35, the
/// person's right eye 36–41 (on the image's left), left eye 42–47, outer lips 48–59, inner lips 60–67.
/// </summary>
public sealed record FaceLandmarks(IReadOnlyList<Point2f> Points)
{
    public const int Count = 68;

    public Point2f RightEyeCentre => Mean(36, 41);

    public Point2f LeftEyeCentre => Mean(42, 47);

    /// <summary>Distance between the eye centres: the unit every landmark cue is measured in.</summary>
    public double InterOcular => Distance(RightEyeCentre, LeftEyeCentre);

    public Point2f this[int index] => Points[index];

    public static double Distance(Point2f a, Point2f b) => Math.Sqrt((a.X - b.X) * (a.X - b.X) + (a.Y - b.Y) * (a.Y - b.Y));

    public Point2f Mean(int first, int last)
    {
        float x = 0, y = 0;
        for (var i = first; i <= last; i++)
        {
            x += Points[i].X;
            y += Points[i].Y;
        }

        var n = last - first + 1;
        return new Point2f(x / n, y / n);
    }
}
