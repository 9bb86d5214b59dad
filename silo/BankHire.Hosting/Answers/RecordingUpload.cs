namespace BankHire.Hosting.Answers;

/// <summary>Where one answer's recording upload stands: the declared length, how many bytes are durably stored from
/// the start (where the client resumes), and, once decoded, what was stored from it.</summary>
public sealed record RecordingUpload(long Length, long Offset, RecordingDecoded? Decoded)
{
    public bool Complete => Offset == Length;
}

/// <summary>What decoding the recording stored: its frame and audio chunk counts (what the answer's finish names),
/// its length, and whether the file itself was kept (sealed) for human review.</summary>
public sealed record RecordingDecoded(int FrameCount, int AudioCount, double DurationSeconds, bool RecordingKept);
