using System.Diagnostics;
using BankHire.Benchmarks.Audio;
using BankHire.Benchmarks.Vision;
using OpenCvSharp;

namespace BankHire.Benchmarks.Interview;

/// <summary>
/// One benchmark answer in both forms a scorer meets: live (2-fps JPEG frames of the astronaut, raw PCM) and a stored
/// MP4 (H.264 at 10 fps + AAC) of the same picture and speech. The audio is <see cref="BenchmarkMedia.AnswerPcm"/>
/// read once (≈ 47 s); the transcript is what espeak-ng was asked to say.
/// </summary>
internal static class InterviewBenchmarkMedia
{
    public const int Repeats = 1;
    public const double FramesPerSecond = 2;

    public const string Transcript =
        "Good morning, thank you for inviting me to this interview. In my last role I looked after about two hundred " +
        "retail customers at a branch in the city. Last year a customer complained that a transfer had been delayed for " +
        "three days. I listened, apologised, and checked the payment system with our operations team. We found the " +
        "problem within an hour and I called the customer back the same afternoon. The customer stayed with the bank and " +
        "later opened a savings account with us. I learned that quick and honest communication matters more than anything " +
        "else. I would like to bring the same care to your team.";

    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "bankhire-benchmark-media-v1", "interview");

    public static byte[] Pcm => BenchmarkMedia.AnswerPcm(Repeats);

    public static IReadOnlyList<(TimeSpan Timestamp, byte[] Jpeg)> LiveFrames(int width, int height)
    {
        using var frame = BenchmarkFrames.Portrait(width, height);
        var jpeg = BenchmarkFrames.Jpeg(frame);
        var count = (int)(BenchmarkMedia.SecondsOf(Pcm) * FramesPerSecond);
        return [.. Enumerable.Range(0, count).Select(i => (TimeSpan.FromSeconds(i / FramesPerSecond), jpeg))];
    }

    public static string Mp4(int width, int height)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, $"answer-x{Repeats}-{width}x{height}.mp4");
        if (File.Exists(path)) return path;
        var picture = Path.Combine(Folder, $"portrait-{width}x{height}.png");
        using (var frame = BenchmarkFrames.Portrait(width, height)) Cv2.ImWrite(picture, frame);
        var raw = Path.Combine(Folder, $"answer-x{Repeats}.raw");
        File.WriteAllBytes(raw, Pcm);
        var partial = Path.Combine(Folder, $"partial-{Guid.NewGuid():N}.mp4");
        Run("ffmpeg", "-hide_banner", "-loglevel", "error", "-y",
            "-loop", "1", "-framerate", "10", "-i", picture,
            "-f", "s16le", "-ar", "16000", "-ac", "1", "-i", raw,
            "-shortest", "-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p", "-c:a", "aac", partial);
        File.Move(partial, path, overwrite: true);
        return path;
    }

    private static void Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {tool}");
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{tool} failed: {error}");
    }
}
