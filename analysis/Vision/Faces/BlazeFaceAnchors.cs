namespace BankHire.Analysis.Vision;

/// <summary>
/// Anchor centres of MediaPipe's short-range face model (SsdAnchorsCalculator with fixed anchor size):
/// strides 8,16,16,16 on a 128-pixel input; consecutive layers with the same stride share one grid, each
/// layer adding two anchors per cell. That gives 16×16×2 = 512 anchors at stride 8, then 8×8×6 = 384. On a larger
/// canvas (<see cref="BlazeFaceFreeSize"/>) the same grids cover it: width/8 × height/8 × 2, then width/16 × height/16 × 6.
/// </summary>
internal static class BlazeFaceAnchors
{
    public const int InputSize = 128;
    public const int Count = 896;

    private static readonly int[] Strides = [8, 16, 16, 16];
    private const int AnchorsPerLayer = 2; // aspect ratio 1.0 plus the interpolated scale
    private const float Offset = 0.5f;

    /// <summary>Centres in [0,1] of the 128×128 input, in the model's output order.</summary>
    public static readonly (float X, float Y)[] Centres = Generate(InputSize, InputSize) is { Length: Count } centres
        ? centres
        : throw new InvalidOperationException($"Expected {Count} anchors.");

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(int, int), (float X, float Y)[]> Canvases = new();

    /// <summary>Centres in [0,1] of a canvas of the given size (multiples of 16), in the model's output order; the first
    /// width/8 × height/8 × 2 belong to the stride-8 head.</summary>
    public static (float X, float Y)[] ForCanvas(int width, int height) => Canvases.GetOrAdd((width, height), size => Generate(size.Item1, size.Item2));

    /// <summary>How many of a canvas's anchors the stride-8 head has.</summary>
    public static int FirstHeadCount(int width, int height) => (int)(Math.Ceiling(width / 8.0) * Math.Ceiling(height / 8.0)) * AnchorsPerLayer;

    private static (float X, float Y)[] Generate(int width, int height)
    {
        var centres = new List<(float, float)>(Count);
        var layer = 0;
        while (layer < Strides.Length)
        {
            var stride = Strides[layer];
            var anchorsPerCell = 0;
            while (layer < Strides.Length && Strides[layer] == stride)
            {
                anchorsPerCell += AnchorsPerLayer;
                layer++;
            }

            var columns = (int)Math.Ceiling((double)width / stride);
            var rows = (int)Math.Ceiling((double)height / stride);
            for (var y = 0; y < rows; y++)
            for (var x = 0; x < columns; x++)
            for (var a = 0; a < anchorsPerCell; a++)
                centres.Add(((x + Offset) / columns, (y + Offset) / rows));
        }

        return [.. centres];
    }
}
