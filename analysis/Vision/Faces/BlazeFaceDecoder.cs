namespace BankHire.Analysis.Vision;

/// <summary>
/// Turns BlazeFace's raw outputs into candidate faces, as MediaPipe's TensorsToDetectionsCalculator does for
/// this model: sigmoid of the clipped logit, regressors divided by the 128-pixel input size and added to the
/// anchor centre (box as centre and size; keypoints as offsets).
/// </summary>
internal static class BlazeFaceDecoder
{
    private const float LogitClip = 100f;

    /// <summary>Decodes one output head whose anchors start at <paramref name="firstAnchor"/>, adding to <paramref name="found"/>.</summary>
    public static void DecodeHead(
        ReadOnlySpan<float> logits, ReadOnlySpan<float> regressors, int firstAnchor, float minScore, List<RawDetection> found)
    {
        if (firstAnchor + logits.Length > BlazeFaceAnchors.Count)
            throw new ArgumentException("BlazeFace outputs do not match the 896-anchor layout.");
        DecodeHead(logits, regressors, BlazeFaceAnchors.Centres.AsSpan(firstAnchor), BlazeFaceAnchors.InputSize, BlazeFaceAnchors.InputSize, minScore, found);
    }

    /// <summary>Decodes one head on an input of <paramref name="width"/> × <paramref name="height"/> pixels whose anchors
    /// (centres in [0,1]) start at <paramref name="centres"/>; coordinates come out in input pixels.</summary>
    public static void DecodeHead(
        ReadOnlySpan<float> logits, ReadOnlySpan<float> regressors, ReadOnlySpan<(float X, float Y)> centres, int width, int height,
        float minScore, List<RawDetection> found)
    {
        if (logits.Length > centres.Length || regressors.Length != logits.Length * RawDetection.CoordCount)
            throw new ArgumentException("BlazeFace outputs do not match the anchor layout.");

        // Comparing logits avoids an exp() for the ~890 anchors that hold no face.
        var minLogit = MathF.Log(minScore / (1 - minScore));
        var sizeX = (float)width;
        var sizeY = (float)height;
        for (var i = 0; i < logits.Length; i++)
        {
            var logit = Math.Clamp(logits[i], -LogitClip, LogitClip);
            if (logit < minLogit) continue;

            var r = regressors.Slice(i * RawDetection.CoordCount, RawDetection.CoordCount);
            var (ax, ay) = centres[i];
            var cx = r[0] / sizeX + ax;
            var cy = r[1] / sizeY + ay;
            var w = r[2] / sizeX;
            var h = r[3] / sizeY;
            var coords = new float[RawDetection.CoordCount];
            coords[0] = (cx - w / 2) * sizeX;
            coords[1] = (cy - h / 2) * sizeY;
            coords[2] = (cx + w / 2) * sizeX;
            coords[3] = (cy + h / 2) * sizeY;
            for (var k = 4; k < RawDetection.CoordCount; k += 2)
            {
                coords[k] = (r[k] / sizeX + ax) * sizeX;
                coords[k + 1] = (r[k + 1] / sizeY + ay) * sizeY;
            }

            found.Add(new RawDetection(1f / (1f + MathF.Exp(-logit)), coords));
        }
    }
}
