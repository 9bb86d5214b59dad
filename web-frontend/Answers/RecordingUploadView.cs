namespace BankHire.Web.Answers;

/// <summary>Where a recording upload stands, as the candidate's page reads it.</summary>
/// <param name="Length">The file's length in bytes, as the upload declared it.</param>
/// <param name="Offset">Bytes durably stored from the start: the next part starts here.</param>
/// <param name="Complete">Whether every byte is stored.</param>
/// <param name="Decoded">Whether the file was decoded into the answer's chunks (done once).</param>
/// <param name="FrameCount">Once decoded: the frame chunks stored (what the answer's finish names); null before.</param>
/// <param name="AudioCount">Once decoded: the audio chunks stored.</param>
/// <param name="DurationSeconds">Once decoded: how long the recording plays.</param>
/// <param name="RecordingKept">Once decoded: whether the file itself was kept, sealed, for human review (consented).</param>
public sealed record RecordingUploadView(long Length, long Offset, bool Complete, bool Decoded,
    int? FrameCount = null, int? AudioCount = null, double? DurationSeconds = null, bool RecordingKept = false)
{
    public static RecordingUploadView Of(BankHire.Hosting.Answers.RecordingUpload upload) => new(upload.Length, upload.Offset, upload.Complete,
        upload.Decoded is not null, upload.Decoded?.FrameCount, upload.Decoded?.AudioCount, upload.Decoded?.DurationSeconds, upload.Decoded?.RecordingKept ?? false);
}
