using System.Diagnostics;
using BankHire.Analysis.Text.Speech;

namespace BankHire.Analysis.Tests.Text.Speech;

/// <summary>Speech made by the test setup with Debian's espeak-ng, resampled to 16 kHz mono with sox.</summary>
internal static class SpeechTestMedia
{
    public static bool ToolsInstalled => File.Exists("/usr/bin/espeak-ng") && File.Exists("/usr/bin/sox");

    public static AudioClip Speak(string text, string voice = "en-us", int wordsPerMinute = 120)
    {
        var directory = Directory.CreateTempSubdirectory("bankhire-speech-");
        try
        {
            var raw = Path.Combine(directory.FullName, "raw.wav");
            var resampled = Path.Combine(directory.FullName, "16k.wav");
            Run("/usr/bin/espeak-ng", "-v", voice, "-s", wordsPerMinute.ToString(), "-w", raw, text);
            Run("/usr/bin/sox", raw, "-r", "16000", "-c", "1", "-b", "16", resampled);
            return WavFile.Read(File.ReadAllBytes(resampled));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    public static AudioClip Silence(double seconds) => new(new short[(int)(seconds * AudioClip.SpeechRate)], AudioClip.SpeechRate);

    private static void Run(string executable, params string[] arguments)
    {
        var start = new ProcessStartInfo(executable) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{executable} failed: {errors}");
    }
}
