namespace BankHire.Benchmarks.Audio;

/// <summary>
/// Marks a benchmark that processes the benchmark answer read <see cref="Repeats"/> times over, so
/// <see cref="RealTimeFactorColumn"/> can divide its audio duration by the measured time.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class AnswerAudioAttribute(int repeats) : Attribute
{
    public int Repeats { get; } = repeats;

    public double Seconds => BenchmarkMedia.SecondsOf(BenchmarkMedia.AnswerPcm(Repeats));
}
