using BankHire.Analysis.Vision;
using OpenCvSharp;
using Xunit.Abstractions;

namespace BankHire.Analysis.Tests.Vision;

/// <summary>
/// Face count at face widths from 30 to 300 px in 640×480 and 320×240 frames, with a second person beside the
/// candidate, and on frames without a face. The faces are labelled Debian faces turned at the camera (other people
/// than the astronaut and Grace Hopper, on whom the tile size was set), pasted on the coffee table at three places.
/// The floors asserted sit under the figures measured (Vision README): at the promised widths the small-face search, with
/// its second look at every small face, counts one face right in 11–12 of 12 and a second person in 24–30 of 30, so a
/// regression fails here.
/// </summary>
[Collection(VisionCollection.Name)]
public sealed class FaceCountTests(VisionModelsFixture models, ITestOutputHelper output)
{
    // A labelled face fills 1/2.2 of its 320-pixel frame.
    private const double FaceWidthInFrame = 320 / 2.2;

    private static readonly (double X, double Y)[] Places = [(0.2, 0.35), (0.5, 0.5), (0.8, 0.65)];

    /// <summary>Where the second person sits, beside and behind a candidate in the middle: ten places, three people each.</summary>
    private static readonly (double X, double Y)[] SecondPlaces =
        [(0.15, 0.4), (0.85, 0.45), (0.12, 0.75), (0.88, 0.2), (0.2, 0.15), (0.8, 0.8), (0.1, 0.1), (0.9, 0.9), (0.25, 0.6), (0.75, 0.3)];

    [Theory]
    [InlineData(640, 480, new[] { 30, 40, 50, 70, 100, 150, 200, 300 }, 50, 0.85)]
    [InlineData(320, 240, new[] { 25, 30, 40, 50, 70, 100, 150 }, 30, 0.85)]
    public void One_face_is_counted_once_down_to_the_promised_width(int width, int height, int[] faceWidths, int promised, double floor)
    {
        var size = new Size(width, height);
        output.WriteLine($"{width}×{height}: face width → frames counted as exactly one face (with the small-face pass)");
        foreach (var faceWidth in faceWidths)
        {
            var (right, total) = (0, 0);
            foreach (var face in FrontalFaces())
            foreach (var place in Places)
            {
                using var frame = Compose(size, [(face, faceWidth, place)]);
                if (frame is null) continue;
                total++;
                if (models.Faces.Detect(frame, searchSmallFaces: true).Count == 1) right++;
            }

            if (total == 0) continue;
            output.WriteLine($"  {faceWidth,3} px: {right,2}/{total} ({(double)right / total:P0})");
            if (faceWidth >= promised) Assert.True(right >= floor * total, $"{faceWidth} px: {right}/{total}");
            if (faceWidth >= 100) Assert.True(right >= 0.8 * total, $"{faceWidth} px: {right}/{total}");
        }
    }

    [Theory]
    [InlineData(640, 480, new[] { 50, 70, 100 })]
    [InlineData(320, 240, new[] { 30, 35, 50, 60 })]
    public void A_second_person_beside_the_candidate_is_counted(int width, int height, int[] secondWidths)
    {
        var size = new Size(width, height);
        var candidate = FrontalFaces().First();
        foreach (var secondWidth in secondWidths)
        {
            var (right, total) = (0, 0);
            foreach (var second in FrontalFaces().Skip(1))
            foreach (var side in SecondPlaces)
            {
                using var frame = Compose(size, [(candidate, (int)(width * 0.3), (0.5, 0.55)), (second, secondWidth, side)]);
                total++;
                var seen = models.Analyzer.Analyze(frame!);
                if (seen.FaceCount == 2 && seen.Hints.HasFlag(LiveHint.MultipleFaces)) right++;
            }

            output.WriteLine($"{width}×{height}, second face {secondWidth} px: two faces in {right}/{total}");
            Assert.True(right >= 0.75 * total, $"{secondWidth} px: {right}/{total}");
        }
    }

    [Theory]
    [InlineData(640, 480)]
    [InlineData(320, 240)]
    public void Frames_without_a_face_show_none(int width, int height)
    {
        var falses = new List<string>();
        foreach (var group in FacelessFrames.All(new Size(width, height)).GroupBy(f => f.Kind).ToList())
        {
            var withFace = 0;
            foreach (var (_, name, frame) in group)
                using (frame)
                {
                    var seen = models.Analyzer.Analyze(frame);
                    if (seen.FaceCount == 0) continue;
                    withFace++;
                    falses.Add($"{name}: {string.Join("; ", seen.Faces.Select(f => $"{f.Box.Width:F0} px, score {f.Score:F2}"))}");
                }

            output.WriteLine($"{width}×{height} {group.Key,-22} frames with a face: {withFace}/{group.Count()}");
        }

        foreach (var f in falses) output.WriteLine($"  false face on {f}");
        // None on Chromium's fake camera, blank walls or noise; textures: a star field, a colour wheel, a motorcycle.
        Assert.DoesNotContain(falses, f => f.StartsWith("pacman") || f.Contains("wall") || f.StartsWith("uniform") || f.StartsWith("gaussian"));
        Assert.True(falses.Count <= 2, $"{falses.Count} textures read as faces");
    }

    private IEnumerable<Mat> FrontalFaces()
    {
        LabelledFaceSet.Prefetch();
        foreach (var sample in LabelledFaceSet.Samples.Where(s => s.LooksAtCamera == true && !s.Annotated && !s.Path.EndsWith("astronaut.png") && !s.Path.EndsWith("grace_hopper.jpg")))
        {
            var (frame, _) = LabelledFaceSet.Frame(sample);
            yield return frame;
        }
    }

    /// <summary>The coffee table with each face pasted at its width and place (centre share); null when one does not fit.</summary>
    private Mat? Compose(Size size, IEnumerable<(Mat Face, int Width, (double X, double Y) Place)> faces)
    {
        var frame = models.Frames.Background().Resize(size);
        foreach (var (face, faceWidth, place) in faces)
        {
            var side = (int)Math.Round(320 * faceWidth / FaceWidthInFrame);
            if (side > size.Width || side > size.Height)
            {
                frame.Dispose();
                return null;
            }

            using var scaled = face.Resize(new Size(side, side), 0, 0, side < 320 ? InterpolationFlags.Area : InterpolationFlags.Linear);
            var x = Math.Clamp((int)(size.Width * place.X) - side / 2, 0, size.Width - side);
            var y = Math.Clamp((int)(size.Height * place.Y) - side / 2, 0, size.Height - side);
            using var target = new Mat(frame, new Rect(x, y, side, side));
            scaled.CopyTo(target);
        }

        return frame;
    }
}
