namespace BankHire.Analysis.Audio;

/// <summary>A second-order IIR section (Robert Bristow-Johnson's audio EQ cookbook), run sample by sample.</summary>
internal sealed class Biquad
{
    private readonly float b0, b1, b2, a1, a2;
    private float x1, x2, y1, y2;

    private Biquad(double b0, double b1, double b2, double a0, double a1, double a2)
    {
        this.b0 = (float)(b0 / a0);
        this.b1 = (float)(b1 / a0);
        this.b2 = (float)(b2 / a0);
        this.a1 = (float)(a1 / a0);
        this.a2 = (float)(a2 / a0);
    }

    public static Biquad HighPass(double hz, double q = 0.70710678118654757)
    {
        var (cos, alpha) = Shape(hz, q);
        return new Biquad((1 + cos) / 2, -(1 + cos), (1 + cos) / 2, 1 + alpha, -2 * cos, 1 - alpha);
    }

    public static Biquad LowPass(double hz, double q = 0.70710678118654757)
    {
        var (cos, alpha) = Shape(hz, q);
        return new Biquad((1 - cos) / 2, 1 - cos, (1 - cos) / 2, 1 + alpha, -2 * cos, 1 - alpha);
    }

    public float Next(float x)
    {
        var y = b0 * x + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
        x2 = x1;
        x1 = x;
        y2 = y1;
        y1 = y;
        return y;
    }

    public void Reset() => x1 = x2 = y1 = y2 = 0;

    private static (double Cos, double Alpha) Shape(double hz, double q)
    {
        var w = 2 * Math.PI * hz / AudioFormat.SampleRate;
        return (Math.Cos(w), Math.Sin(w) / (2 * q));
    }
}
