namespace BankHire.Analysis.Audio;

/// <summary>
/// Fundamental frequency of a short window by YIN (de Cheveigné &amp; Kawahara, 2002): the cumulative
/// mean normalised difference function, its first dip under a threshold, and parabolic interpolation.
/// Returns NaN for windows that are not periodic enough to be voiced.
/// </summary>
public sealed class PitchEstimator
{
    public const double MinHz = 60;
    public const double MaxHz = 500;

    // A first dip this deep is taken at once; failing that, the deepest dip must still be under the
    // voicing limit, or the window counts as unvoiced (noise, breath, silence).
    private const float DipThreshold = 0.12f;
    private const float VoicingLimit = 0.25f;

    private readonly int minLag = (int)Math.Floor(AudioFormat.SampleRate / MaxHz);
    private readonly int maxLag = (int)Math.Ceiling(AudioFormat.SampleRate / MinHz);
    private readonly float[] difference;

    public PitchEstimator() => difference = new float[maxLag + 2];

    /// <summary>The shortest window that covers the lowest pitch: two periods at <see cref="MinHz"/>.</summary>
    public int MinWindow => 2 * maxLag + 2;

    /// <summary>Pitch in Hz of <paramref name="window"/> (16 kHz samples), or NaN when unvoiced.</summary>
    public float Estimate(ReadOnlySpan<float> window)
    {
        if (window.Length < MinWindow)
            throw new ArgumentException($"YIN needs at least {MinWindow} samples to see {MinHz} Hz.", nameof(window));
        var integration = window.Length - maxLag - 1;
        var head = window[..integration];
        var headEnergy = VectorMath.SumOfSquares(head);
        if (headEnergy <= 1e-9f) return float.NaN;

        var shiftedEnergy = VectorMath.SumOfSquares(window.Slice(1, integration));
        var runningSum = 0f;
        difference[0] = 1;
        var best = -1;
        for (var lag = 1; lag <= maxLag + 1; lag++)
        {
            if (lag > 1)
                shiftedEnergy += window[lag + integration - 1] * window[lag + integration - 1] - window[lag - 1] * window[lag - 1];
            var d = Math.Max(0, headEnergy + shiftedEnergy - 2 * VectorMath.Dot(head, window.Slice(lag, integration)));
            runningSum += d;
            difference[lag] = runningSum > 0 ? d * lag / runningSum : 1;
            if (best < 0 && lag - 1 >= minLag && difference[lag - 1] < DipThreshold && difference[lag] >= difference[lag - 1])
                best = lag - 1;
        }
        if (best < 0)
        {
            best = minLag;
            for (var lag = minLag + 1; lag <= maxLag; lag++)
                if (difference[lag] < difference[best]) best = lag;
            if (difference[best] >= VoicingLimit) return float.NaN;
        }
        return (float)(AudioFormat.SampleRate / RefineLag(best));
    }

    private double RefineLag(int lag)
    {
        if (lag <= 1 || lag >= maxLag + 1) return lag;
        double left = difference[lag - 1], centre = difference[lag], right = difference[lag + 1];
        var curvature = left - 2 * centre + right;
        return curvature > 0 ? lag + 0.5 * (left - right) / curvature : lag;
    }
}
