using System.Diagnostics;

namespace BankHire.Analysis.Text.Speech;

/// <summary>
/// English speech-to-text with Debian's pocketsphinx (0.8, US English model), run as a process on a
/// temporary WAV. Its accuracy on accented or synthetic speech is weak; it is the offline fallback,
/// not the engine to judge content by when the bank's service is available.
/// </summary>
public sealed class PocketSphinxRecognizer(string executable = PocketSphinxRecognizer.DefaultExecutable, TimeSpan? timeout = null) : ISpeechToText
{
    public const string DefaultExecutable = "/usr/bin/pocketsphinx_continuous";
    public const string Version = "pocketsphinx-0.8-en-us";

    public string Name => Version;

    public static bool IsInstalled => File.Exists(DefaultExecutable);

    public bool Supports(string language) => language.StartsWith("en", StringComparison.OrdinalIgnoreCase);

    public async Task<Transcript> TranscribeAsync(AudioClip audio, string language, CancellationToken cancellationToken = default)
    {
        if (!Supports(language)) return Transcript.NoData(language, Name, $"pocketsphinx has no model for {language}");
        if (audio.SampleRate != AudioClip.SpeechRate) return Transcript.NoData(language, Name, $"audio must be {AudioClip.SpeechRate} Hz, got {audio.SampleRate}");
        if (audio.Samples.Length == 0) return Transcript.NoData(language, Name, "no audio");
        if (!File.Exists(executable)) return Transcript.NoData(language, Name, $"{executable} is not installed");

        var path = Path.Combine(Path.GetTempPath(), $"bankhire-stt-{Guid.NewGuid():N}.wav");
        try
        {
            await File.WriteAllBytesAsync(path, WavFile.Write(audio), cancellationToken);
            var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in new[] { "-infile", path, "-logfn", "/dev/null" }) start.ArgumentList.Add(argument);
            using var process = Process.Start(start)!;
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(timeout ?? TimeSpan.FromSeconds(Math.Max(30, audio.Seconds * 4)));
            var output = process.StandardOutput.ReadToEndAsync(limit.Token);
            var errors = process.StandardError.ReadToEndAsync(limit.Token);
            try
            {
                await process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                process.Kill(entireProcessTree: true);
                return Transcript.NoData(language, Name, "pocketsphinx timed out");
            }
            await errors;
            var text = string.Join(" ", (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            if (process.ExitCode != 0) return Transcript.NoData(language, Name, $"pocketsphinx exited with {process.ExitCode}");
            return text.Length == 0 ? Transcript.NoData(language, Name, "no speech recognised") : new Transcript(text, language, Name, null, []);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
