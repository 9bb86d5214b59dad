using System.Diagnostics;
using BankHire.Analysis.Audio;

namespace BankHire.Load;

/// <summary>
/// The raw voice analyser in this process on the same PCM the candidates upload: one streaming <see cref="AudioAnalyzer"/>
/// per answer, as the audio scorer runs it. Gives the one-thread cost of a second of audio, so a run with audio can be set
/// against the raw analysers of what it carries (a frame every 0.5 s and that half second of audio).
/// </summary>
public static class RawAudioAnalyser
{
    public sealed record Result(double SecondsAnalysed, double MsPerAudioSecond);

    public static Result Measure(IReadOnlyList<byte[]> answerSeconds, int answers)
    {
        Analyse(answerSeconds); // warm-up (model load, JIT)
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < answers; i++) Analyse(answerSeconds);
        var seconds = answers * answerSeconds.Count;
        return new(seconds, clock.Elapsed.TotalMilliseconds / seconds);
    }

    private static void Analyse(IReadOnlyList<byte[]> answerSeconds)
    {
        using var analyzer = new AudioAnalyzer();
        foreach (var second in answerSeconds) analyzer.Append(second);
        analyzer.Complete();
    }
}
