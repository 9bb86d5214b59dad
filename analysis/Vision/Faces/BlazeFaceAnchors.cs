namespace BankHire.Analysis.Vision;

/// <summary>
/// Anchor centres of MediaPipe's short-range face model (SsdAnchorsCalculator with fixed anchor size):
/// strides 8,16,16,16 on a 128-pixel input; consecutive layers with the same stride share one grid, each
/// layer adding two anchors per cell. That gives 16×16×2 = 512 anchors at stride 8, then 8×8×6 = 384.
/// </summary>
internal static class BlazeFaceAnchors
{
    public const int InputSize = 128;
    public const int Count = 896;

    private static readonly int[] Strides = [8, 16, 16, 16];
    private const int AnchorsPerLayer = 2; // aspect ratio 1.0 plus the interpolated scale
    private const float Offset = 0.5f;

    /// <summary>Centres in [0,1] of the 128×128 input, in the model's output order.</summary>
    public static readonly (float X, float Y)[] Centres = Generate();

    private static (float X, float Y)[] Generate()
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

            var cells = (int)Math.Ceiling((double)InputSize / stride);
            for (var y = 0; y < cells; y++)
            for (var x = 0; x < cells; x++)
            for (var a = 0; a < anchorsPerCell; a++)
                centres.Add(((x + Offset) / cells, (y + Offset) / cells));
        }

        return centres.Count == Count
            ? centres.ToArray()
            : throw new InvalidOperationException($"Generated {centres.Count} anchors, expected {Count}.");
    }
}
