namespace BankHire.Answers;

/// <summary>How long a caller waits for an answer's analysis when speech-to-text is behind. Transcription waits in line
/// at a campus peak (<c>BoundedSpeechToText</c>) for minutes, far past Orleans' default 30-s response timeout; a call that
/// timed out would be retried behind itself or give up, and the report would never come. Late is fine; never is not.</summary>
public static class TranscriptionWait
{
    public const string Longest = "00:30:00";
}
