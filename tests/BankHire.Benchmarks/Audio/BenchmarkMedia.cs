using System.Diagnostics;

namespace BankHire.Benchmarks.Audio;

/// <summary>
/// Makes the benchmark recordings with the Debian tools the tests use (espeak-ng, ffmpeg), once per
/// machine, into the temp folder: an interview answer with sentences and 1.5 s pauses.
/// </summary>
internal static class BenchmarkMedia
{
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "bankhire-benchmark-media-v1");

    private static readonly string[] Sentences =
    [
        "Good morning, thank you for inviting me to this interview.",
        "In my last role I looked after about two hundred retail customers at a branch in the city.",
        "Last year a customer complained that a transfer had been delayed for three days.",
        "I listened, apologised, and checked the payment system with our operations team.",
        "We found the problem within an hour and I called the customer back the same afternoon.",
        "The customer stayed with the bank and later opened a savings account with us.",
        "I learned that quick and honest communication matters more than anything else.",
        "I would like to bring the same care to your team.",
    ];

    /// <summary>Raw PCM 16 kHz mono s16le of the answer read <paramref name="times"/> times over.</summary>
    public static byte[] AnswerPcm(int times) => File.ReadAllBytes(Make($"answer-x{times}.raw", path =>
        Run("ffmpeg", "-hide_banner", "-loglevel", "error", "-y", "-i", AnswerWav(times), "-ac", "1", "-ar", "16000", "-f", "s16le", path)));

    /// <summary>The same answer as a browser would upload it: Opus in WebM.</summary>
    public static byte[] AnswerWebm(int times) => File.ReadAllBytes(Make($"answer-x{times}.webm", path =>
        Run("ffmpeg", "-hide_banner", "-loglevel", "error", "-y", "-i", AnswerWav(times), "-c:a", "libopus", "-b:a", "24k", path)));

    public static double SecondsOf(byte[] pcm) => pcm.Length / 2 / 16000.0;

    private static string AnswerWav(int times) => Make($"answer-x{times}.wav", path =>
    {
        var ssml = "<speak>" + string.Concat(Enumerable.Repeat(Sentences, times).SelectMany(s => s)
            .Select(s => $"{s}<break time=\"1500ms\"/>")) + "</speak>";
        Run("espeak-ng", "-m", "-v", "en-us+f2", "-s", "150", "-w", path, ssml);
    });

    private static string Make(string name, Action<string> make)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, name);
        if (File.Exists(path)) return path;
        var partial = Path.Combine(Folder, $"partial-{Guid.NewGuid():N}{Path.GetExtension(name)}");
        make(partial);
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
