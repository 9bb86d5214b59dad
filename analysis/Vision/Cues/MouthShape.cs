namespace BankHire.Analysis.Vision;

/// <summary>
/// Mouth geometry from the 68 landmarks, in inter-ocular units and in the eye-aligned frame (head roll does not
/// change it). <see cref="Width"/>: corner to corner (48–54); a smile stretches it. <see cref="CornerLift"/>: how
/// far the corners sit above the middle of the lips (the mean of 51, 57, 62 and 66); positive when they are drawn
/// up. <see cref="Opening"/>: inner-lip gap (62–66); teeth shown in a broad smile open it, but so does speech.
/// </summary>
public sealed record MouthShape(double Width, double CornerLift, double Opening)
{
    public static MouthShape? Of(FaceLandmarks face)
    {
        var unit = face.InterOcular;
        if (unit < 1e-3) return null;
        var frame = EyeAlignedFrame.Of(face);
        var (leftCorner, rightCorner) = (frame.Project(face[48]), frame.Project(face[54]));
        var middle = (frame.Project(face[51]).Down + frame.Project(face[57]).Down + frame.Project(face[62]).Down + frame.Project(face[66]).Down) / 4;
        return new MouthShape(
            Width: (rightCorner.Along - leftCorner.Along) / unit,
            CornerLift: (middle - (leftCorner.Down + rightCorner.Down) / 2) / unit,
            Opening: (frame.Project(face[66]).Down - frame.Project(face[62]).Down) / unit);
    }
}
