namespace BankHire.Analysis.Text.Speech;

/// <summary>
/// What a speech-to-text engine heard. <see cref="Text"/> is null when there was nothing usable
/// (<see cref="NoDataReason"/> says why: silence, engine unavailable, service error), so content
/// analysis reports no data instead of scoring an empty answer as zero.
/// </summary>
public sealed record Transcript(string? Text, string Language, string Engine, double? Confidence, IReadOnlyList<TranscriptWord> Words, string? NoDataReason = null)
{
    public static Transcript NoData(string language, string engine, string reason) => new(null, language, engine, null, [], reason);

    public bool HasText => !string.IsNullOrWhiteSpace(Text);
}

/// <summary>A recognised word and when it was said, in seconds from the start of the clip.</summary>
public sealed record TranscriptWord(string Word, double Start, double End);
