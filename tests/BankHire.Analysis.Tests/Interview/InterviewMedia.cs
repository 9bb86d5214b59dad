using System.Globalization;
using BankHire.Analysis.Tests.Audio;
using BankHire.Analysis.Tests.Vision;
using OpenCvSharp;

namespace BankHire.Analysis.Tests.Interview;

/// <summary>
/// Interview recordings composed by ffmpeg from the Debian pictures (the astronaut in front of the coffee table,
/// the table alone) and espeak-ng speech, each 10 s long with a known timeline, cached beside the test assembly.
/// </summary>
public sealed class InterviewMedia
{
    // Bump when a recipe changes, so stale caches are not reused.
    private const string RecipeVersion = "v1";
    public const double Seconds = 10;
    private const double LeadingSilence = 0.5;

    public const string EnglishAnswer = "I apologise for the wait. Let me explain the reason and offer the priority window.";
    public const string MandarinAnswer = "我会坚持制度，核实身份，耐心解释资金安全。";

    private readonly TestMedia audio = new();
    private readonly string folder = Path.Combine(AppContext.BaseDirectory, "media-cache", "interview-" + RecipeVersion);

    /// <summary>MP4 (H.264 + AAC): face 0–6 s then the empty room; English speech from 0.5 s, then silence.</summary>
    public RecordedAnswer EnglishMp4 => Compose("en.mp4", faceFirst: true, faceSeconds: 6, "en-us+m1", EnglishAnswer,
        ["-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac"]);

    /// <summary>WebM (VP8 + Opus) as a browser records: the empty room 0–3 s, then the face; Mandarin speech from 0.5 s, then silence.</summary>
    public RecordedAnswer MandarinWebm => Compose("zh.webm", faceFirst: false, faceSeconds: 7, TestMedia.MandarinVoice, MandarinAnswer,
        ["-c:v", "libvpx", "-deadline", "realtime", "-cpu-used", "8", "-b:v", "500k", "-c:a", "libopus"]);

    /// <summary>Bytes that are no recording at all, named like one.</summary>
    public string Garbage => Cached("garbage.mp4", path =>
        File.WriteAllBytes(path, [.. Enumerable.Range(0, 50_000).Select(i => (byte)(i * 7919 % 251))]));

    /// <summary>The English MP4 cut to its first 20 %: what an interrupted upload leaves.</summary>
    public string TruncatedMp4 => Cached("truncated.mp4", path =>
    {
        var whole = File.ReadAllBytes(EnglishMp4.Path);
        File.WriteAllBytes(path, whole[..(whole.Length / 5)]);
    });

    /// <summary>The 2-fps JPEG frames a browser would send for <paramref name="faceSeconds"/> of face, then the empty room.</summary>
    public static IReadOnlyList<Analysis.Interview.TimedFrame> LiveFrames(double totalSeconds, double faceSeconds)
    {
        using var frames = new SyntheticFrames(320, 240);
        using var face = frames.OneFace();
        using var empty = frames.Background();
        var faceJpeg = SyntheticFrames.Jpeg(face);
        var emptyJpeg = SyntheticFrames.Jpeg(empty);
        return [.. Enumerable.Range(0, (int)(totalSeconds * 2))
            .Select(i => new Analysis.Interview.TimedFrame(TimeSpan.FromSeconds(i / 2.0), i / 2.0 < faceSeconds ? faceJpeg : emptyJpeg))];
    }

    private RecordedAnswer Compose(string name, bool faceFirst, double faceSeconds, string voice, string text, string[] codecs)
    {
        var speech = audio.Speech(voice, text);
        var speechSeconds = TestMedia.DurationSeconds(speech);
        var path = Cached(name, output =>
        {
            var (face, empty) = Pictures();
            var (first, firstSeconds, second, secondSeconds) = faceFirst
                ? (face, faceSeconds, empty, Seconds - faceSeconds)
                : (empty, Seconds - faceSeconds, face, faceSeconds);
            var wav = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(name)}-audio.wav");
            ExternalTool.Run("sox", audio.Silence(LeadingSilence), speech, audio.Silence(Seconds - LeadingSilence - speechSeconds), wav);
            ExternalTool.Run("ffmpeg", [
                "-hide_banner", "-loglevel", "error", "-y",
                "-loop", "1", "-framerate", "10", "-t", Invariant(firstSeconds), "-i", first,
                "-loop", "1", "-framerate", "10", "-t", Invariant(secondSeconds), "-i", second,
                "-i", wav,
                "-filter_complex", "[0:v][1:v]concat=n=2:v=1:a=0[v]", "-map", "[v]", "-map", "2:a",
                .. codecs, "-t", Invariant(Seconds), output]);
        });
        return new RecordedAnswer(path, Seconds, faceSeconds, speechSeconds, text);
    }

    private (string Face, string Empty) Pictures()
    {
        var face = Path.Combine(folder, "face.png");
        var empty = Path.Combine(folder, "empty.png");
        if (File.Exists(face) && File.Exists(empty)) return (face, empty);
        using var frames = new SyntheticFrames(640, 480);
        using (var oneFace = frames.OneFace()) Cv2.ImWrite(face, oneFace);
        using (var background = frames.Background()) Cv2.ImWrite(empty, background);
        return (face, empty);
    }

    private string Cached(string fileName, Action<string> make)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, fileName);
        if (File.Exists(path)) return path;
        var partial = Path.Combine(folder, $"partial-{Guid.NewGuid():N}{Path.GetExtension(fileName)}");
        make(partial);
        File.Move(partial, path, overwrite: true);
        return path;
    }

    private static string Invariant(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
