namespace BankHire.Analysis.Audio;

/// <summary>
/// Decodes a stored recording (Opus/WebM from browsers, AAC/MP4 from phones, or anything else ffmpeg
/// reads) to 16 kHz mono s16le with the ffmpeg command-line tool (Debian package <c>ffmpeg</c>).
/// The recording goes through a temporary file, not a pipe: MP4 often keeps its index at the end,
/// which ffmpeg can only reach by seeking.
/// </summary>
public sealed class AudioDecoder(string ffmpegPath = "ffmpeg", TimeSpan? timeout = null)
{
    private readonly TimeSpan timeout = timeout ?? TimeSpan.FromMinutes(2);

    /// <exception cref="InvalidAudioException">Empty, corrupt, or without an audio stream.</exception>
    public async Task<DecodedAudio> DecodeAsync(ReadOnlyMemory<byte> recording, CancellationToken cancellation = default)
    {
        if (recording.IsEmpty) throw new InvalidAudioException("the recording is empty");
        var path = Path.Combine(Path.GetTempPath(), $"bankhire-recording-{Guid.NewGuid():N}");
        try
        {
            await File.WriteAllBytesAsync(path, recording.ToArray(), cancellation);
            return await DecodeFileAsync(path, cancellation);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <exception cref="InvalidAudioException">Empty, corrupt, or without an audio stream.</exception>
    public async Task<DecodedAudio> DecodeFileAsync(string path, CancellationToken cancellation = default)
    {
        if (!File.Exists(path)) throw new FileNotFoundException("Recording not found.", path);
        string[] arguments =
        [
            "-hide_banner", "-nostdin", "-loglevel", "error",
            "-i", path,
            "-map", "0:a:0", "-ac", "1", "-ar", AudioFormat.SampleRate.ToString(),
            "-c:a", "pcm_s16le", "-f", "s16le", "pipe:1",
        ];
        var result = await ToolProcess.RunAsync(ffmpegPath, arguments, timeout, cancellation);
        if (result.ExitCode != 0)
            throw new InvalidAudioException(Describe(result));
        if (result.StandardOutput.Length == 0)
            throw new InvalidAudioException("the recording holds no audio samples");
        var warnings = result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new DecodedAudio(result.StandardOutput, warnings);
    }

    private static string Describe(ToolResult failure) =>
        failure.StandardError.Contains("matches no streams", StringComparison.Ordinal)
            ? "the recording has no audio stream"
            : $"ffmpeg could not decode the recording: {StripPath(failure.LastErrorLine)}";

    // ffmpeg prefixes errors with the temporary file's path, which means nothing to an operator.
    private static string StripPath(string error)
    {
        var colon = error.IndexOf(": ", StringComparison.Ordinal);
        return error.StartsWith('/') && colon > 0 ? error[(colon + 2)..] : error;
    }
}
