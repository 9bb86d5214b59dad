namespace BankHire.Answers;

/// <summary>The Orleans stream provider and namespaces that carry references to stored answer chunks.</summary>
public static class InterviewStreams
{
    public const string Provider = "interview";
    public const string Frames = "frames";
    public const string Audio = "audio";

    public static string Namespace(ChunkKind kind) => kind == ChunkKind.Frame ? Frames : Audio;
}
