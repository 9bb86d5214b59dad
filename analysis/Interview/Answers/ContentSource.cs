namespace BankHire.Analysis.Interview;

/// <summary>Where the words of an answer's content analysis came from.</summary>
public enum ContentSource
{
    /// <summary>Nothing to analyse, or content analysis was not consented to; content features say why.</summary>
    None,
    TypedAnswer,
    SuppliedTranscript,
    SpeechToText,
}
