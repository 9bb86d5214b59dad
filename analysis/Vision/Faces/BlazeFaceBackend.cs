using System.Buffers;
using Microsoft.ML.OnnxRuntime;
using OpenCvSharp;

namespace BankHire.Analysis.Vision;

/// <summary>
/// BlazeFace in OnnxRuntime. Thread-safe: <see cref="InferenceSession.Run(RunOptions, IReadOnlyCollection{string}, IReadOnlyCollection{OrtValue}, IReadOnlyCollection{string})"/>
/// may be called concurrently and every call uses its own buffers. The graph is loaded as shipped for 128×128 inputs and
/// once more rewritten to take any size (<see cref="BlazeFaceFreeSize"/>), so the small-face search can run on one
/// canvas; if it cannot be rewritten, <see cref="SearchesCanvas"/> is false and the search keeps its tiles.
/// </summary>
internal sealed class BlazeFaceBackend : IFaceDetectorBackend
{
    private const int Size = BlazeFaceAnchors.InputSize;
    private const int TensorLength = Size * Size * 3;
    private static readonly long[] InputShape = [1, Size, Size, 3];

    private readonly InferenceSession _session;
    private readonly InferenceSession? _canvasSession;
    private readonly string[]? _canvasOutputNames;
    private readonly FaceDetectorOptions _options;
    private readonly string[] _inputNames;
    private readonly string[] _outputNames; // logits8, logits16, regressors8, regressors16
    private readonly RunOptions _runOptions = new();

    public BlazeFaceBackend(string modelPath, FaceDetectorOptions options)
    {
        _options = options;
        using var sessionOptions = new SessionOptions
        {
            IntraOpNumThreads = options.IntraOpThreads,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            // The converted graph carries unused initialisers that OnnxRuntime warns about on every load.
            LogSeverityLevel = OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR,
        };
        _session = new InferenceSession(modelPath, sessionOptions);
        _inputNames = [_session.InputMetadata.Single().Key];
        _outputNames = MatchOutputsByShape(_session);
        if (options.SmallFacesOnCanvas && TryFreeSize(modelPath) is { } freeSize)
        {
            _canvasSession = new InferenceSession(freeSize.Model, sessionOptions);
            _canvasOutputNames = freeSize.Outputs;
        }
    }

    public FaceDetectorKind Kind => FaceDetectorKind.BlazeFace;

    /// <summary>Whether <see cref="DetectOnCanvas"/> can run (the graph could be rewritten to take any input size).</summary>
    public bool SearchesCanvas => _canvasSession is not null;

    private static (byte[] Model, string[] Outputs)? TryFreeSize(string modelPath)
    {
        try
        {
            return BlazeFaceFreeSize.Rewrite(File.ReadAllBytes(modelPath));
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>
    /// Faces in the whole frame scaled by <paramref name="scale"/> onto a canvas whose sides are rounded up to the model's
    /// 16-pixel grid (the margin is the model's mid-grey, as a letterbox's), in one inference.
    /// </summary>
    public IReadOnlyList<DetectedFace> DetectOnCanvas(Mat bgr, double scale)
    {
        if (_canvasSession is null || _canvasOutputNames is null) throw new InvalidOperationException("This BlazeFace graph takes only 128×128 inputs.");
        var scaledWidth = Math.Max(1, (int)Math.Round(bgr.Width * scale));
        var scaledHeight = Math.Max(1, (int)Math.Round(bgr.Height * scale));
        var width = (scaledWidth + 15) / 16 * 16;
        var height = (scaledHeight + 15) / 16 * 16;
        var box = new Letterbox((float)scale, 0, 0, scaledWidth, scaledHeight);
        var length = width * height * 3;
        var buffer = ArrayPool<float>.Shared.Rent(length);
        try
        {
            FillInput(bgr, box, buffer, width, length);
            using var input = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, buffer.AsMemory(0, length), [1, height, width, 3]);
            using var outputs = _canvasSession.Run(_runOptions, _inputNames, [input], _canvasOutputNames);

            var centres = BlazeFaceAnchors.ForCanvas(width, height);
            var firstHead = BlazeFaceAnchors.FirstHeadCount(width, height);
            var candidates = new List<RawDetection>();
            BlazeFaceDecoder.DecodeHead(outputs[0].GetTensorDataAsSpan<float>(), outputs[2].GetTensorDataAsSpan<float>(), centres, width, height, _options.MinScore, candidates);
            BlazeFaceDecoder.DecodeHead(outputs[1].GetTensorDataAsSpan<float>(), outputs[3].GetTensorDataAsSpan<float>(), centres.AsSpan(firstHead), width, height, _options.MinScore, candidates);
            return WeightedNonMaxSuppression.Apply(candidates, _options.SuppressionIou)
                .Select(d => ToFrame(d, box, bgr.Width, bgr.Height))
                .ToList();
        }
        finally
        {
            ArrayPool<float>.Shared.Return(buffer);
        }
    }

    public IReadOnlyList<DetectedFace> Detect(Mat bgr)
    {
        var letterbox = Letterbox.Fit(bgr.Width, bgr.Height, Size);
        var buffer = ArrayPool<float>.Shared.Rent(TensorLength);
        try
        {
            FillInput(bgr, letterbox, buffer, Size, TensorLength);
            using var input = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, buffer.AsMemory(0, TensorLength), InputShape);
            using var outputs = _session.Run(_runOptions, _inputNames, [input], _outputNames);

            var candidates = new List<RawDetection>();
            var stride8 = outputs[0].GetTensorDataAsSpan<float>();
            BlazeFaceDecoder.DecodeHead(stride8, outputs[2].GetTensorDataAsSpan<float>(), 0, _options.MinScore, candidates);
            BlazeFaceDecoder.DecodeHead(outputs[1].GetTensorDataAsSpan<float>(), outputs[3].GetTensorDataAsSpan<float>(), stride8.Length, _options.MinScore, candidates);
            return WeightedNonMaxSuppression.Apply(candidates, _options.SuppressionIou)
                .Select(d => ToFrame(d, letterbox, bgr.Width, bgr.Height))
                .ToList();
        }
        finally
        {
            ArrayPool<float>.Shared.Return(buffer);
        }
    }

    public void Dispose()
    {
        _runOptions.Dispose();
        _session.Dispose();
        _canvasSession?.Dispose();
    }

    /// <summary>Letterboxed RGB in [-1, 1] in rows of <paramref name="rowWidth"/> pixels; the padding is 0, the model's mid-grey.</summary>
    private static unsafe void FillInput(Mat bgr, Letterbox box, float[] buffer, int rowWidth, int length)
    {
        Array.Clear(buffer, 0, length);
        using var resized = new Mat();
        Cv2.Resize(bgr, resized, new Size(box.ScaledWidth, box.ScaledHeight), 0, 0, InterpolationFlags.Linear);
        var data = (byte*)resized.Data;
        var step = resized.Step();
        for (var y = 0; y < box.ScaledHeight; y++)
        {
            var row = data + y * step;
            var offset = ((y + box.PadY) * rowWidth + box.PadX) * 3;
            for (var x = 0; x < box.ScaledWidth; x++)
            {
                var p = row + x * 3;
                buffer[offset++] = p[2] / 127.5f - 1f;
                buffer[offset++] = p[1] / 127.5f - 1f;
                buffer[offset++] = p[0] / 127.5f - 1f;
            }
        }
    }

    private static DetectedFace ToFrame(RawDetection d, Letterbox box, int width, int height)
    {
        var c = d.Coords;
        var topLeft = box.ToFrame(c[0], c[1]);
        var bottomRight = box.ToFrame(c[2], c[3]);
        var x0 = Math.Clamp(topLeft.X, 0, width);
        var y0 = Math.Clamp(topLeft.Y, 0, height);
        var x1 = Math.Clamp(bottomRight.X, 0, width);
        var y1 = Math.Clamp(bottomRight.Y, 0, height);
        var keypoints = new FaceKeypoints(
            box.ToFrame(c[4], c[5]), box.ToFrame(c[6], c[7]), box.ToFrame(c[8], c[9]),
            box.ToFrame(c[10], c[11]), box.ToFrame(c[12], c[13]), box.ToFrame(c[14], c[15]));
        return new DetectedFace(new Rect2f(x0, y0, x1 - x0, y1 - y0), d.Score, keypoints);
    }

    /// <summary>The converted model names its outputs Identity…Identity_3; shapes are the reliable contract.</summary>
    private static string[] MatchOutputsByShape(InferenceSession session)
    {
        string Find(int anchors, int values) =>
            session.OutputMetadata.SingleOrDefault(o => o.Value.Dimensions is [1, var a, var v] && a == anchors && v == values).Key
            ?? throw new InvalidOperationException($"BlazeFace model has no output of shape [1,{anchors},{values}].");

        return [Find(512, 1), Find(384, 1), Find(512, RawDetection.CoordCount), Find(384, RawDetection.CoordCount)];
    }
}
