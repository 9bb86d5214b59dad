namespace BankHire.Answers;

/// <summary>
/// What the vision scorer saw on one frame, kept per seq: for live hints, and at finish for the answer's vision
/// features (so a frame read while streaming is not analysed again).
/// </summary>
[GenerateSerializer, Immutable, Alias("bankhire.FrameReading")]
public sealed record FrameReading(
    int Seq, bool Readable, int Faces, bool TooDark, double Brightness, double BlurScore, bool? LookingAtCamera, bool? Smiling,
    bool SmallFacesSearched = false, bool? EyesClosed = null);
