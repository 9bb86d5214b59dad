namespace BankHire.Interviews;

/// <summary>A camera frame (JPEG) or a slice of microphone audio (16 kHz PCM).</summary>
[GenerateSerializer, Alias("bankhire.AnswerMediaKind")]
public enum AnswerMediaKind { Frame, Audio }
