namespace BankHire.Analysis.Speech;

/// <summary>What an engine heard in one answer, with enough provenance to reproduce or distrust it.</summary>
/// <param name="Language">The primary language subtag transcribed (<c>en</c>, <c>zh</c>).</param>
/// <param name="ModelVersion">Identifies the model files or service model, so a score can name what produced it.</param>
public sealed record Transcript(string Language, string Text, IReadOnlyList<TranscriptWord> Words, string Engine, string ModelVersion)
{
    /// <summary>Mean word confidence, or null when there are no words or the engine gives no confidences.</summary>
    public double? MeanConfidence
    {
        get
        {
            var known = Words.Where(w => w.Confidence.HasValue).Select(w => w.Confidence!.Value).ToList();
            return known.Count == 0 ? null : known.Average();
        }
    }
}
