using System.Diagnostics;
using System.Globalization;
using BankHire.Analysis.Tests.Vision;

namespace BankHire.Tests.Support;

/// <summary>
/// Real media for the live interview: JPEG frames of Debian's astronaut portrait (a real face) and of its coffee
/// table (no face), scaled to 320 px as the page sends them, and espeak-ng English speech as 16 kHz mono s16le PCM
/// with known silence around it. Made once with ffmpeg, espeak-ng and sox into a cache beside the test assembly.
/// </summary>
public static class InterviewTestMedia
{
    private const string SkimageData = "/usr/lib/python3/dist-packages/skimage/data/";
    private const string RecipeVersion = "v1";
    public const string EnglishAnswer = "I apologise for the wait. Let me explain the reason and offer the priority window.";
    public const int SampleRate = 16_000;
    public const int BytesPerSecond = SampleRate * 2;

    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "media-cache", "live-" + RecipeVersion);
    private static readonly Lock Gate = new();

    /// <summary>The astronaut portrait on a 320×240 frame: one frontal face.</summary>
    public static byte[] FaceJpeg => File.ReadAllBytes(Cached("face.jpg", path =>
        Run("ffmpeg", "-hide_banner", "-loglevel", "error", "-y", "-i", DebianPackageFiles.Get("python3-skimage", SkimageData + "astronaut.png"),
            "-vf", "scale=240:240,pad=320:240:40:0", "-q:v", "3", path)));

    /// <summary>Two astronauts (the head crop the vision tests use, one mirrored) in front of the coffee table, 640×480: someone else is in view.</summary>
    public static byte[] TwoFacesJpeg => File.ReadAllBytes(Cached("two-faces.jpg", path =>
        Run("ffmpeg", "-hide_banner", "-loglevel", "error", "-y",
            "-i", DebianPackageFiles.Get("python3-skimage", SkimageData + "coffee.png"),
            "-i", DebianPackageFiles.Get("python3-skimage", SkimageData + "astronaut.png"),
            "-filter_complex", "[0]scale=640:480[bg];[1]crop=280:330:100:0,scale=305:360,split[p1][p2];[p2]hflip[p2f];[bg][p1]overlay=20:120[t];[t][p2f]overlay=314:120",
            "-q:v", "3", path)));

    /// <summary>
    /// The astronaut in front of the coffee table, 640×480, with Grace Hopper (python-matplotlib-data) sitting beside
    /// and further back: her face about 70 px wide, too small for BlazeFace on the whole frame.
    /// </summary>
    public static byte[] SecondPersonJpeg => File.ReadAllBytes(Cached("second-person.jpg", path =>
        Run("ffmpeg", "-hide_banner", "-loglevel", "error", "-y",
            "-i", DebianPackageFiles.Get("python3-skimage", SkimageData + "coffee.png"),
            "-i", DebianPackageFiles.Get("python3-skimage", SkimageData + "astronaut.png"),
            "-i", DebianPackageFiles.Get("python-matplotlib-data", "/usr/share/matplotlib/mpl-data/sample_data/grace_hopper.jpg"),
            "-filter_complex", "[0]scale=640:480[bg];[1]crop=280:330:100:0,scale=340:400[a];[2]crop=370:370:81:31,scale=117:117[g];[bg][a]overlay=150:80[t];[t][g]overlay=505:90",
            "-q:v", "3", path)));

    /// <summary>The coffee table at 320×240: a lit room with nobody in it.</summary>
    public static byte[] EmptyJpeg => File.ReadAllBytes(Cached("empty.jpg", path =>
        Run("ffmpeg", "-hide_banner", "-loglevel", "error", "-y", "-i", DebianPackageFiles.Get("python3-skimage", SkimageData + "coffee.png"),
            "-vf", "scale=320:240", "-q:v", "3", path)));

    /// <summary><paramref name="totalSeconds"/> of PCM: 1 s of silence, the English answer, then silence. Returns the speech's length too.</summary>
    public static (byte[] Pcm, double SpeechSeconds) EnglishSpeech(int totalSeconds) =>
        Padded(Spoken("speech.raw", "en-us+m1", "150", EnglishAnswer), totalSeconds);

    public const string MandarinAnswer = "您好，我会先核实客户的身份，耐心解释规定，保障资金安全，并向主管报告。";

    /// <summary><paramref name="totalSeconds"/> of PCM: 1 s of silence, the Mandarin answer (espeak-ng's cmn voice), then silence.</summary>
    public static byte[] MandarinSpeech(int totalSeconds) => Padded(Spoken("speech-zh.raw", "cmn", "200", MandarinAnswer), totalSeconds).Pcm;

    /// <summary>espeak-ng speech as 16 kHz mono s16le with its leading and trailing silence trimmed, made once into the cache.</summary>
    private static string Spoken(string name, string voice, string wordsPerMinute, string text) => Cached(name, path =>
    {
        var wav = path + ".wav";
        Run("espeak-ng", "-v", voice, "-s", wordsPerMinute, "-w", wav, text);
        Run("sox", wav, "-r", "16000", "-c", "1", "-b", "16", "-e", "signed-integer", "-t", "raw", "-L", path,
            "silence", "1", "0.01", "0.5%", "reverse", "silence", "1", "0.01", "0.5%", "reverse");
        File.Delete(wav);
    });

    /// <summary>One second of silence, the speech (cut to fit), then silence up to <paramref name="totalSeconds"/>.</summary>
    private static (byte[] Pcm, double SpeechSeconds) Padded(string rawPath, int totalSeconds)
    {
        var spoken = File.ReadAllBytes(rawPath);
        var pcm = new byte[totalSeconds * BytesPerSecond];
        var length = Math.Min(spoken.Length, pcm.Length - BytesPerSecond) & ~1;
        Array.Copy(spoken, 0, pcm, BytesPerSecond, length);
        return (pcm, length / (double)BytesPerSecond);
    }

    /// <summary>Silence as PCM (what a muted microphone sends).</summary>
    public static byte[] Silence(int seconds) => new byte[seconds * BytesPerSecond];

    /// <summary>The PCM cut in one-second chunks, as the page uploads it.</summary>
    public static IReadOnlyList<byte[]> Seconds(byte[] pcm) =>
        [.. Enumerable.Range(0, pcm.Length / BytesPerSecond).Select(i => pcm[(i * BytesPerSecond)..((i + 1) * BytesPerSecond)])];

    internal static string Cached(string name, Action<string> make)
    {
        lock (Gate)
        {
            Directory.CreateDirectory(Folder);
            var path = Path.Combine(Folder, name);
            if (File.Exists(path)) return path;
            var partial = Path.Combine(Folder, $"partial-{Guid.NewGuid():N}{Path.GetExtension(name)}");
            make(partial);
            File.Move(partial, path, overwrite: true);
            return path;
        }
    }

    internal static void Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Cannot start {tool} (install it with apt-get).");
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{tool} {string.Join(' ', arguments)} failed ({process.ExitCode}): {stderr.Result}");
    }

    public static string Invariant(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
