namespace BankHire.Answers;

/// <summary>What a chunk of an answer carries: a camera frame (JPEG) or a slice of microphone audio (16 kHz PCM).</summary>
// The alias is the one this enum had as ChunkKind: a message or state written before the rename still reads.
[GenerateSerializer, Alias("bankhire.ChunkKind")]
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
