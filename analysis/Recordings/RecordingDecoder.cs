using System.Globalization;
using System.Text.Json;
using BankHire.Analysis.Audio;

namespace BankHire.Analysis.Recordings;

/// <summary>
/// Turns a recording made by a phone's own camera app (MP4/MOV with H.264/HEVC and AAC, WebM, 3GP…) into what the
/// live page sends: JPEG frames at the live rate, at most <see cref="MaxFrameWidth"/> px wide, and 16 kHz mono PCM
/// (through <see cref="AudioDecoder"/>). Everything is decoded by the ffmpeg command-line tools (Debian package
/// <c>ffmpeg</c>), so a file is judged by its content, never by its name: a text file renamed .mp4 fails the probe.
/// </summary>
public sealed class RecordingDecoder(string ffmpegPath = "ffmpeg", string ffprobePath = "ffprobe", TimeSpan? timeout = null)
{
    /// <summary>The live page's frame width limit (capture.js).</summary>
    public const int MaxFrameWidth = 640;

    private readonly TimeSpan timeout = timeout ?? TimeSpan.FromMinutes(5);

    /// <exception cref="InvalidRecordingException">Not a media file, a still picture, or no video stream.</exception>
    public async Task<RecordingFacts> ProbeAsync(string path, CancellationToken cancellation = default)
    {
        string[] arguments = ["-v", "error", "-show_entries", "format=duration:stream=codec_type,disposition", "-of", "json", path];
        var result = await ToolProcess.RunAsync(ffprobePath, arguments, timeout, cancellation);
        if (result.ExitCode != 0) throw new InvalidRecordingException("the file is not a video the server can decode");
        using var json = JsonDocument.Parse(result.StandardOutput);
        var root = json.RootElement;
        var streams = root.TryGetProperty("streams", out var s) ? s.EnumerateArray().ToList() : [];
        // A cover picture inside an audio file is a "video" stream too: only a moving picture counts.
        var hasVideo = streams.Any(e => Type(e) == "video" && !IsAttachedPicture(e));
        var hasAudio = streams.Any(e => Type(e) == "audio");
        var duration = root.TryGetProperty("format", out var format) && format.TryGetProperty("duration", out var d)
            && double.TryParse(d.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) ? seconds : 0;
        if (!hasVideo) throw new InvalidRecordingException("the file has no video picture");
        // A still image (JPEG, PNG) probes as a video stream without a duration.
        if (duration <= 0) throw new InvalidRecordingException("the file is a still picture, not a recording");
        return new RecordingFacts(TimeSpan.FromSeconds(duration), hasVideo, hasAudio);
    }

    /// <summary>The recording's frames sampled at <paramref name="framesPerSecond"/> as JPEG, in order.</summary>
    /// <exception cref="InvalidRecordingException">ffmpeg cannot decode the picture.</exception>
    public async Task<IReadOnlyList<byte[]>> FramesAsync(string path, double framesPerSecond, CancellationToken cancellation = default)
    {
        var folder = Directory.CreateTempSubdirectory("bankhire-frames-");
        try
        {
            var rate = framesPerSecond.ToString(CultureInfo.InvariantCulture);
            string[] arguments =
            [
                "-hide_banner", "-nostdin", "-loglevel", "error",
                "-i", path, "-map", "0:v:0", "-an",
                // fps samples on the timestamps (phones record variable frame rates); the phone's rotation is applied.
                "-vf", $"fps={rate},scale=w=min({MaxFrameWidth}\\,iw):h=-2",
                "-c:v", "mjpeg", "-q:v", "5", "-f", "image2", Path.Combine(folder.FullName, "%06d.jpg"),
            ];
            var result = await ToolProcess.RunAsync(ffmpegPath, arguments, timeout, cancellation);
            if (result.ExitCode != 0) throw new InvalidRecordingException("the video picture could not be decoded");
            var files = folder.GetFiles("*.jpg").OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
            if (files.Count == 0) throw new InvalidRecordingException("the video holds no picture");
            var frames = new List<byte[]>(files.Count);
            foreach (var file in files) frames.Add(await File.ReadAllBytesAsync(file.FullName, cancellation));
            return frames;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string? Type(JsonElement stream) => stream.TryGetProperty("codec_type", out var t) ? t.GetString() : null;

    private static bool IsAttachedPicture(JsonElement stream) =>
        stream.TryGetProperty("disposition", out var d) && d.TryGetProperty("attached_pic", out var a) && a.GetInt32() == 1;
}
