namespace BankHire.Analysis.Speech.Http;

/// <summary>
/// Turns a Whisper answer into timed words. Confidence is the word's probability when the server
/// gives one, else the geometric-mean token probability of its segment (exp of <c>avg_logprob</c>).
/// Without word timestamps each segment becomes one entry: Chinese has no spaces to split on, and
/// invented word times would be worse than honest phrase times.
/// </summary>
internal static class WhisperWords
{
    public static IReadOnlyList<TranscriptWord> From(WhisperResponse response)
    {
        var segments = response.Segments ?? [];
        if (response.Words is { Count: > 0 } words)
            return words
                .Where(w => !string.IsNullOrWhiteSpace(w.Word))
                .Select(w => new TranscriptWord(w.Word.Trim(), w.Start, w.End, w.Probability ?? SegmentConfidence(segments, w.Start)))
                .ToList();
        return segments
            .Where(s => !string.IsNullOrWhiteSpace(s.Text))
            .Select(s => new TranscriptWord(s.Text.Trim(), s.Start, s.End, Confidence(s)))
            .ToList();
    }

    private static double? SegmentConfidence(IReadOnlyList<WhisperSegment> segments, double time) =>
        segments.FirstOrDefault(s => time >= s.Start && time < s.End) is { } segment ? Confidence(segment) : null;

    private static double? Confidence(WhisperSegment segment) =>
        segment.AverageLogProbability is { } logProbability ? Math.Clamp(Math.Exp(logProbability), 0, 1) : null;
}
