using OpenCvSharp;

namespace BankHire.Analysis.Vision;

/// <summary>
/// Finds faces in a BGR frame with BlazeFace, or with OpenCV's Haar cascade when the model file is missing.
/// Thread-safe: one instance (it holds the loaded model) should be shared by all callers.
/// </summary>
public sealed class FaceDetector : IDisposable
{
    private readonly IFaceDetectorBackend _backend;
    // The native session must outlive every detection in flight: a host stopping while a grain still analyses a frame
    // would otherwise free it under ONNX Runtime's feet (a segfault, not an exception).
    private readonly ReaderWriterLockSlim _lifetime = new(LockRecursionPolicy.SupportsRecursion);
    private bool _disposed;

    private FaceDetector(IFaceDetectorBackend backend) => _backend = backend;

    public FaceDetectorKind Kind => _backend.Kind;

    /// <summary>BlazeFace from <see cref="ModelFiles.BlazeFacePath"/>, else the Haar fallback.</summary>
    public static FaceDetector CreateDefault(FaceDetectorOptions? options = null) =>
        File.Exists(ModelFiles.BlazeFacePath)
            ? CreateBlazeFace(ModelFiles.BlazeFacePath, options)
            : CreateHaar(ModelFiles.FindCascade(ModelFiles.FrontalFaceCascadeFileName)
                ?? throw new FileNotFoundException("Neither the BlazeFace model nor a Haar face cascade was found.", ModelFiles.BlazeFacePath), options);

    public static FaceDetector CreateBlazeFace(string modelPath, FaceDetectorOptions? options = null) =>
        new(new BlazeFaceBackend(modelPath, options ?? FaceDetectorOptions.Default));

    public static FaceDetector CreateHaar(string cascadePath, FaceDetectorOptions? options = null) =>
        new(new HaarFaceBackend(cascadePath, options ?? FaceDetectorOptions.Default));

    /// <summary>
    /// Faces in frame pixels whose keypoints pass <see cref="FaceShapeCheck"/>, the full-frame pass's most
    /// confident first. With <paramref name="searchSmallFaces"/> BlazeFace also runs on the overlapping
    /// <see cref="SmallFaceCanvas"/> (the whole frame scaled up, in one inference; the <see cref="SmallFaceTiles"/> when
    /// the model cannot take it) and adds the small faces the full-frame pass cannot see (a second person further back);
    /// that costs several inferences' worth, so callers run it on a share of the frames.
    /// </summary>
    public IReadOnlyList<DetectedFace> Detect(Mat bgr, bool searchSmallFaces = false)
    {
        ArgumentNullException.ThrowIfNull(bgr);
        if (bgr.Empty() || bgr.Type() != MatType.CV_8UC3)
            throw new ArgumentException("Expected a non-empty 8-bit, 3-channel BGR image.", nameof(bgr));
        _lifetime.EnterReadLock();
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var faces = _backend.Detect(bgr).Where(FaceShapeCheck.IsPlausible).ToList();
            if (searchSmallFaces && SearchesSmallFaces) AddSmallFaces(bgr, faces);
            return faces;
        }
        finally
        {
            _lifetime.ExitReadLock();
        }
    }

    /// <summary>Whether the small-face search runs on one canvas (<see cref="SmallFaceCanvas"/>) rather than on tiles.</summary>
    public bool SearchesSmallFacesOnCanvas => _backend is BlazeFaceBackend { SearchesCanvas: true };

    /// <summary>Whether <see cref="Detect"/> can search tiles: BlazeFace can, the Haar fallback scans every scale anyway.</summary>
    public bool SearchesSmallFaces => Kind == FaceDetectorKind.BlazeFace;

    private void AddSmallFaces(Mat bgr, List<DetectedFace> faces)
    {
        var tiles = SmallFaceTiles.For(bgr.Width, bgr.Height);
        if (tiles.Count <= 1) return;
        var largest = SmallFaceTiles.TileSide(bgr.Width, bgr.Height) * SmallFaceTiles.LargestFaceShare;
        if (_backend is BlazeFaceBackend { SearchesCanvas: true } blazeFace)
        {
            foreach (var face in blazeFace.DetectOnCanvas(bgr, SmallFaceCanvas.Scale(bgr.Width)))
                if (face.Box.Width <= largest) AddIfConfirmed(bgr, faces, face);
            return;
        }

        foreach (var tile in tiles)
        {
            using var view = new Mat(bgr, tile);
            if (FlatTile.IsFlat(view)) continue;
            foreach (var inTile in _backend.Detect(view))
            {
                var face = inTile.Shifted(tile.X, tile.Y);
                if (face.Box.Width > largest || CutByTileEdge(face.Box, tile, bgr.Width, bgr.Height)) continue;
                AddIfConfirmed(bgr, faces, face);
            }
        }
    }

    /// <summary>A small face is added when it has a face's shape, is not one already found, and is seen again closer.</summary>
    private void AddIfConfirmed(Mat bgr, List<DetectedFace> faces, DetectedFace face)
    {
        if (!FaceShapeCheck.IsPlausible(face) || faces.Any(f => SameFace(f.Box, face.Box))) return;
        if (SeenAgainCloser(bgr, face)) faces.Add(face);
    }

    /// <summary>
    /// A second look at a small face from a crop <see cref="SmallFaceTiles.VerifyCropFactor"/> times its width, where it
    /// fills a larger share of the model's input: a real face is found there again with a face's shape; a face-like
    /// blob in a texture, seen at the edge of the model's range, mostly is not.
    /// </summary>
    private bool SeenAgainCloser(Mat bgr, DetectedFace face)
    {
        var side = (int)Math.Ceiling(Math.Max(face.Box.Width, face.Box.Height) * SmallFaceTiles.VerifyCropFactor);
        side = Math.Min(side, Math.Min(bgr.Width, bgr.Height));
        var cx = face.Box.X + face.Box.Width / 2;
        var cy = face.Box.Y + face.Box.Height / 2;
        var x = Math.Clamp((int)Math.Round(cx - side / 2f), 0, bgr.Width - side);
        var y = Math.Clamp((int)Math.Round(cy - side / 2f), 0, bgr.Height - side);
        using var crop = new Mat(bgr, new Rect(x, y, side, side));
        return _backend.Detect(crop)
            .Select(f => f.Shifted(x, y))
            .Any(f => f.Score >= SmallFaceTiles.VerifyMinScore && FaceShapeCheck.IsPlausible(f) && SameFace(f.Box, face.Box));
    }

    /// <summary>A box touching a tile edge inside the frame may be part of a face the tile cuts in two.</summary>
    private static bool CutByTileEdge(Rect2f box, Rect tile, int width, int height)
    {
        const float margin = 1;
        return (tile.Left > 0 && box.Left <= tile.Left + margin)
            || (tile.Top > 0 && box.Top <= tile.Top + margin)
            || (tile.Right < width && box.Right >= tile.Right - margin)
            || (tile.Bottom < height && box.Bottom >= tile.Bottom - margin);
    }

    /// <summary>Overlapping by more than 30 % of the smaller box: the same face seen twice (by two tiles or both passes).</summary>
    private static bool SameFace(Rect2f a, Rect2f b)
    {
        var w = Math.Min(a.Right, b.Right) - Math.Max(a.Left, b.Left);
        var h = Math.Min(a.Bottom, b.Bottom) - Math.Max(a.Top, b.Top);
        return w > 0 && h > 0 && w * h > 0.3f * Math.Min(a.Width * a.Height, b.Width * b.Height);
    }

    public void Dispose()
    {
        _lifetime.EnterWriteLock();
        try
        {
            if (_disposed) return;
            _disposed = true;
            _backend.Dispose();
        }
        finally
        {
            _lifetime.ExitWriteLock();
        }
    }
}
