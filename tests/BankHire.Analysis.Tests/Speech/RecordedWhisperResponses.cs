namespace BankHire.Analysis.Tests.Speech;

/// <summary>
/// Answers in the shape Whisper-compatible services give to <c>response_format=verbose_json</c>:
/// with word timestamps and probabilities (faster-whisper style), and segments only (no word timestamps).
/// </summary>
public static class RecordedWhisperResponses
{
    public const string EnglishWithWords = """
        {"task":"transcribe","language":"english","duration":3.2,
         "text":" Thank you very much for your time.",
         "words":[{"word":" Thank","start":0.1,"end":0.38,"probability":0.91},
                  {"word":" you","start":0.38,"end":0.52,"probability":0.99},
                  {"word":" very","start":0.52,"end":0.8,"probability":0.97},
                  {"word":" much","start":0.8,"end":1.1,"probability":0.98},
                  {"word":" for","start":1.1,"end":1.3,"probability":0.95},
                  {"word":" your","start":1.3,"end":1.5,"probability":0.93},
                  {"word":" time.","start":1.5,"end":2.0,"probability":0.88}],
         "segments":[{"id":0,"seek":0,"start":0.0,"end":2.0,"text":" Thank you very much for your time.","avg_logprob":-0.12,"no_speech_prob":0.01}]}
        """;

    public const string MandarinSegmentsOnly = """
        {"task":"transcribe","language":"chinese","duration":11.8,
         "text":"我在银行工作了五年,主要负责客户服务。我希望加入贵行的团队。",
         "segments":[{"id":0,"seek":0,"start":2.0,"end":7.1,"text":"我在银行工作了五年,主要负责客户服务。","avg_logprob":-0.25,"no_speech_prob":0.02},
                     {"id":1,"seek":0,"start":9.1,"end":11.8,"text":"我希望加入贵行的团队。","avg_logprob":-0.4,"no_speech_prob":0.03}]}
        """;
}
