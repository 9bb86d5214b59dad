namespace BankHire.Analysis.Vision;

/// <summary>What the candidate page can tell the candidate about one frame, right away.</summary>
[Flags]
public enum LiveHint
{
    None = 0,
    /// <summary>The frame could not be decoded (the client should check its camera pipeline).</summary>
    Unreadable = 1,
    /// <summary>Too dark to judge: ask for more light, not for the face.</summary>
    TooDark = 2,
    /// <summary>Light is fine but no face was found.</summary>
    FaceNotVisible = 4,
    /// <summary>More than one face in view.</summary>
    MultipleFaces = 8,
    /// <summary>The face is turned away from the camera.</summary>
    LookingAway = 16,
}
