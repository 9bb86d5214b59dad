using BankHire.Analysis.Audio;

namespace BankHire.Analysis.Tests.Audio;

/// <summary>
/// Makes the test recordings from Debian packages (espeak-ng speech, sox silence, tones and
/// composition) into a cache folder beside the test assembly, once; CI only needs the apt packages.
/// Speech is trimmed to its audible part first, so the composed timeline is known to the sample.
/// </summary>
public sealed class TestMedia
{
    // Bump when a recipe changes, so stale caches are not reused.
    private const string RecipeVersion = "v1";

    public const string EnglishA = "the customer opened a savings account at the bank yesterday morning";
    public const string EnglishB = "my team reviewed every loan application before the deadline";
    public const string ThankYou = "thank you very much for your time";
    public const string MandarinA = "我在银行工作了五年主要负责客户服务";
    public const string MandarinB = "我希望加入贵行的团队继续学习和成长";

    public string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "media-cache", RecipeVersion);

    public ComposedAnswer EnglishTimeline => Composed("en-timeline", ("en-us+m1", EnglishA), ("en-us+m1", EnglishB));

    /// <summary>
    /// espeak-ng 1.51 (Debian 12) voice <c>cmn</c> speaks the pinyin of many characters as English words
    /// ("zai4" as "zai four"); <c>cmn-latn-pinyin</c> speaks the same characters as Mandarin syllables.
    /// </summary>
    public const string MandarinVoice = "cmn-latn-pinyin";

    public ComposedAnswer MandarinTimeline => Composed("zh-timeline", (MandarinVoice, MandarinA), (MandarinVoice, MandarinB));

    /// <summary>The voice and rate pocketsphinx recognises best among espeak-ng's English voices (tried: m1, m3, m7, f2, f3 at 120–190 wpm).</summary>
    public ComposedAnswer EnglishForTranscription => Composed("en-stt", ("en-us+f2", EnglishA), ("en-us+f2", ThankYou));

    /// <summary>A man answers, a woman speaks, the man goes on: someone else in the room.</summary>
    public ComposedAnswer TwoVoices => Composed("two-voices", ("en-us+m1", EnglishA), ("en-us+f2", ThankYou), ("en-us+m1", EnglishB));

    /// <summary>One sentence, no silence around it.</summary>
    public string Speech(string voice, string text, int wordsPerMinute = 150) => Cached(
        $"speech-{voice}-{wordsPerMinute}-{Hash(text)}.wav",
        path =>
        {
            var spoken = path + ".espeak.wav";
            ExternalTool.Run("espeak-ng", "-v", voice, "-s", wordsPerMinute.ToString(), "-w", spoken, text);
            // rate to 16 kHz, then cut leading and trailing silence (below 0.5 % of full scale).
            ExternalTool.Run("sox", spoken, "-r", "16000", "-c", "1", "-b", "16", "-e", "signed-integer", path,
                "silence", "1", "0.01", "0.5%", "reverse", "silence", "1", "0.01", "0.5%", "reverse");
            File.Delete(spoken);
        });

    public string Silence(double seconds) => Cached($"silence-{seconds:0.###}.wav",
        path => ExternalTool.Run("sox", "-n", "-r", "16000", "-c", "1", "-b", "16", path, "trim", "0", $"{seconds}"));

    /// <summary>Quiet white noise (about -60 dBFS), like a room with nobody speaking.</summary>
    public string RoomNoise(double seconds) => Cached($"noise-{seconds:0.###}.wav",
        path => ExternalTool.Run("sox", "-n", "-r", "16000", "-c", "1", "-b", "16", path, "synth", $"{seconds}", "whitenoise", "vol", "0.002"));

    public string Tone(double hz, double seconds) => Cached($"tone-{hz}-{seconds}.wav",
        path => ExternalTool.Run("sox", "-n", "-r", "16000", "-c", "1", "-b", "16", path, "synth", $"{seconds}", "sine", $"{hz}", "vol", "0.5"));

    /// <summary>A copy of a WAV made here, passed through sox effects (e.g. <c>vol 0.5</c>, <c>pitch 1200</c>).</summary>
    public string Transformed(string wavPath, params string[] soxEffects) => Cached(
        $"{Path.GetFileNameWithoutExtension(wavPath)}-fx-{Hash(string.Join(' ', soxEffects))}.wav",
        path => ExternalTool.Run("sox", [wavPath, path, .. soxEffects]));

    /// <summary>A copy of a WAV made here with pink noise mixed in at <paramref name="noiseAmplitude"/> of full scale (a fan, a busy room).</summary>
    public string WithNoise(string wavPath, double noiseAmplitude) => Cached(
        $"{Path.GetFileNameWithoutExtension(wavPath)}-noise-{noiseAmplitude:0.###}.wav",
        path =>
        {
            var noise = path + ".noise.wav";
            ExternalTool.Run("sox", "-n", "-r", "16000", "-c", "1", "-b", "16", noise, "synth", $"{DurationSeconds(wavPath)}", "pinknoise", "vol", $"{noiseAmplitude}");
            ExternalTool.Run("sox", "-m", wavPath, noise, path);
            File.Delete(noise);
        });

    /// <summary>A WAV made here, encoded by ffmpeg as a browser or phone would record it.</summary>
    public string Encoded(string wavPath, string extension, params string[] codec) => Cached(
        $"{Path.GetFileNameWithoutExtension(wavPath)}-{Hash(string.Join(' ', codec))}.{extension}",
        path => ExternalTool.Run("ffmpeg", ["-hide_banner", "-loglevel", "error", "-y", "-i", wavPath, .. codec, path]));

    /// <summary>One second of a moving test picture with no sound track.</summary>
    public string SilentVideo() => Cached("video-without-audio.mp4",
        path => ExternalTool.Run("ffmpeg", "-hide_banner", "-loglevel", "error", "-y",
            "-f", "lavfi", "-i", "testsrc=size=64x64:rate=10:duration=1", "-c:v", "mpeg4", path));

    /// <summary>The raw s16le samples of a WAV made here (what a browser would send).</summary>
    public string Raw(string wavPath) => Cached(Path.GetFileNameWithoutExtension(wavPath) + ".raw",
        path => ExternalTool.Run("sox", wavPath, "-t", "raw", "-e", "signed-integer", "-b", "16", "-L", path));

    public static double DurationSeconds(string wavPath) =>
        long.Parse(ExternalTool.Run("soxi", "-s", wavPath).Trim()) / (double)AudioFormat.SampleRate;

    /// <summary>2 s silence, sentence, 2 s silence, sentence, 2 s silence.</summary>
    private ComposedAnswer Composed(string name, params (string Voice, string Text)[] sentences)
    {
        const double gap = 2.0;
        var parts = new List<string> { Silence(gap) };
        var speech = new List<SpeechSegment>();
        var time = gap;
        foreach (var (voice, text) in sentences)
        {
            var spoken = Speech(voice, text);
            var duration = DurationSeconds(spoken);
            speech.Add(new SpeechSegment(time, time + duration));
            time += duration + gap;
            parts.Add(spoken);
            parts.Add(Silence(gap));
        }
        var recipe = Hash(string.Join("|", sentences.Select(s => $"{s.Voice}:{s.Text}")));
        var wav = Cached($"{name}-{recipe}.wav", path => ExternalTool.Run("sox", [.. parts, path]));
        return new ComposedAnswer(wav, Raw(wav), speech, time);
    }

    private string Cached(string fileName, Action<string> make)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, fileName);
        if (File.Exists(path)) return path;
        // Build beside, then rename: a test run stopped half-way leaves no half-made file behind.
        var partial = Path.Combine(Folder, $"partial-{Guid.NewGuid():N}{Path.GetExtension(fileName)}");
        make(partial);
        File.Move(partial, path, overwrite: true);
        return path;
    }

    private static string Hash(string text) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..12];
}
