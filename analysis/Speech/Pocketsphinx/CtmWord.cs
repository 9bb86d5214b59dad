using System.Globalization;

namespace BankHire.Analysis.Speech.Pocketsphinx;

/// <summary>
/// One line of pocketsphinx's CTM output: <c>utterance channel start duration word confidence</c>,
/// times in seconds from the start of the utterance.
/// </summary>
internal sealed record CtmWord(string Utterance, double StartSeconds, double DurationSeconds, string Word, double Confidence)
{
    public static IEnumerable<CtmWord> ParseAll(string ctm)
    {
        foreach (var line in ctm.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 6 || !TryNumber(parts[2], out var start) || !TryNumber(parts[3], out var duration) || !TryNumber(parts[5], out var confidence))
                throw new FormatException($"Not a CTM line: '{line}'.");
            yield return new CtmWord(parts[0], start, duration, parts[4], confidence);
        }
    }

    /// <summary>Silence, noise and sentence markers (<c>&lt;sil&gt;</c>, <c>[NOISE]</c>, <c>++UH++</c>) are not words.</summary>
    public bool IsFiller => Word.StartsWith('<') || Word.StartsWith('[') || Word.StartsWith("++", StringComparison.Ordinal);

    /// <summary>The word without its pronunciation variant: <c>the(2)</c> is <c>the</c>.</summary>
    public string Text
    {
        get
        {
            var variant = Word.IndexOf('(');
            return variant > 0 ? Word[..variant] : Word;
        }
    }

    private static bool TryNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
}
