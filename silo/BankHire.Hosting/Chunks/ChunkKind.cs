namespace BankHire.Hosting.Chunks;

/// <summary>What a chunk of an answer carries: a camera frame (JPEG) or a slice of microphone audio (PCM).</summary>
public enum ChunkKind { Frame, Audio }

public static class ChunkKinds
{
    /// <summary>The name used on the wire (?kind=) and in the database.</summary>
    public static string Name(this ChunkKind kind) => kind switch
    {
        ChunkKind.Frame => "frame",
        ChunkKind.Audio => "audio",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown chunk kind."),
    };

    public static bool TryParse(string? name, out ChunkKind kind)
    {
        switch (name)
        {
            case "frame": kind = ChunkKind.Frame; return true;
            case "audio": kind = ChunkKind.Audio; return true;
            default: kind = default; return false;
        }
    }
}
