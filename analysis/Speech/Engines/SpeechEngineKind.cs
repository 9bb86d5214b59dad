namespace BankHire.Analysis.Speech.Engines;

public enum SpeechEngineKind
{
    /// <summary>No engine: answers in this language are judged from typed text only, or go to human review.</summary>
    None,
    /// <summary>The built-in English engine (Debian's pocketsphinx and its US English model).</summary>
    Pocketsphinx,
    /// <summary>The bank's own service behind <c>POST {base}/v1/audio/transcriptions</c> (whisper.cpp server,
    /// faster-whisper servers, FunASR gateways, OpenAI itself).</summary>
    OpenAiCompatible,
}
