namespace BankHire.Analysis.Audio;

/// <summary>
/// Counts syllables as voiced intensity peaks, after de Jong &amp; Wempe (2009, "Praat script to detect
/// syllable nuclei"): a peak counts when it lies in speech, is voiced, rises above the median speech
/// intensity, and is separated from the previous counted peak by a dip of at least <see cref="MinDipDb"/>.
/// </summary>
public static class SyllableNuclei
{
    // de Jong & Wempe use 2 dB on broadband intensity; our vowel-band contour is smoother, and 1.5 dB
    // recovered espeak-ng syllable counts best (1 dB splits Mandarin syllables in two).
    public const float MinDipDb = 1.5f;

    /// <param name="intensityDb">Intensity contour (one value per hop).</param>
    /// <param name="isVoicedSpeech">Whether a hop lies inside speech and is voiced.</param>
    /// <param name="thresholdDb">Peaks below this level are ignored.</param>
    public static int Count(ReadOnlySpan<float> intensityDb, Func<int, bool> isVoicedSpeech, float thresholdDb)
    {
        var count = 0;
        var lastPeak = -1;
        for (var i = 1; i < intensityDb.Length - 1; i++)
        {
            var level = intensityDb[i];
            if (level < thresholdDb || level <= intensityDb[i - 1] || level < intensityDb[i + 1] || !isVoicedSpeech(i))
                continue;
            if (lastPeak < 0 || HasDip(intensityDb, lastPeak, i))
            {
                count++;
                lastPeak = i;
            }
            else if (level > intensityDb[lastPeak])
            {
                lastPeak = i; // the same nucleus, peaking higher
            }
        }
        return count;
    }

    private static bool HasDip(ReadOnlySpan<float> intensityDb, int from, int to)
    {
        var dip = float.MaxValue;
        for (var i = from + 1; i < to; i++) dip = Math.Min(dip, intensityDb[i]);
        return Math.Min(intensityDb[from], intensityDb[to]) - dip >= MinDipDb;
    }
}
