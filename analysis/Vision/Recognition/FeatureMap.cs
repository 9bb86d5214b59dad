namespace BankHire.Analysis.Vision;

/// <summary>An image or activation in height × width × channels order (TensorFlow's NHWC for one image).</summary>
internal sealed class FeatureMap(int height, int width, int channels)
{
    public int Height { get; } = height;
    public int Width { get; } = width;
    public int Channels { get; } = channels;
    public float[] Data { get; } = new float[height * width * channels];

    public Span<float> Pixel(int y, int x) => Data.AsSpan((y * Width + x) * Channels, Channels);
}
