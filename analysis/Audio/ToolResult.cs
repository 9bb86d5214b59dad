namespace BankHire.Analysis.Audio;

/// <summary>What a command-line tool wrote and how it exited.</summary>
internal sealed record ToolResult(int ExitCode, byte[] StandardOutput, string StandardError)
{
    /// <summary>The last line of standard error: ffmpeg and pocketsphinx put the reason for a failure there.</summary>
    public string LastErrorLine =>
        StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "";
}
