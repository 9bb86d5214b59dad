using System.Text;
using BankHire.Hosting.Encryption;
using BenchmarkDotNet.Attributes;

namespace BankHire.Benchmarks.Encryption;

/// <summary>
/// What sealing answer chunks at rest costs per chunk, on one thread: AES-256-GCM of a 2 fps camera frame (a 24 KB JPEG,
/// the size the browser sends at 640×480) and of one second of 16 kHz PCM (32,000 bytes), both ways, and unwrapping a data
/// key (done once per key and cached). <see cref="EnvelopeCipher"/> is the store's own code, linked in.
/// </summary>
[MemoryDiagnoser]
public class ChunkSealBenchmarks
{
    private readonly byte[] key = EnvelopeCipher.NewKey();
    private readonly byte[] masterKey = EnvelopeCipher.NewKey();
    private readonly byte[] row = Encoding.UTF8.GetBytes($"chunk:{Guid.NewGuid():D}/teller-q1/frame/17");
    private byte[] frame = [];
    private byte[] audio = [];
    private byte[] sealedFrame = [];
    private byte[] sealedAudio = [];
    private byte[] wrappedKey = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        frame = new byte[24 * 1024];
        audio = new byte[32_000];
        random.NextBytes(frame);
        random.NextBytes(audio);
        sealedFrame = EnvelopeCipher.Seal(key, frame, row);
        sealedAudio = EnvelopeCipher.Seal(key, audio, row);
        wrappedKey = EnvelopeCipher.Seal(masterKey, key, row);
    }

    [Benchmark(Baseline = true)]
    public byte[] SealFrame24KB() => EnvelopeCipher.Seal(key, frame, row);

    [Benchmark]
    public byte[] OpenFrame24KB() => EnvelopeCipher.Open(key, sealedFrame, row);

    [Benchmark]
    public byte[] SealAudioSecond() => EnvelopeCipher.Seal(key, audio, row);

    [Benchmark]
    public byte[] OpenAudioSecond() => EnvelopeCipher.Open(key, sealedAudio, row);

    [Benchmark]
    public byte[] UnwrapDataKey() => EnvelopeCipher.Open(masterKey, wrappedKey, row);
}
