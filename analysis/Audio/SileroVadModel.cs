using Microsoft.ML.OnnxRuntime;

namespace BankHire.Analysis.Audio;

/// <summary>
/// The Silero VAD v5 ONNX model, loaded once and shared: an <see cref="InferenceSession"/> may run
/// concurrently, while the recurrent state lives in each <see cref="SileroVadStream"/>.
/// See Models/silero-vad.md for the file's origin and checksum.
/// </summary>
public sealed class SileroVadModel : IDisposable
{
    public const string Version = "silero-v5";
    public const int FrameSamples = 512;
    public const int ContextSamples = 64;
    public const int StateSize = 2 * 1 * 128;

    internal static readonly string[] InputNames = ["input", "state", "sr"];
    internal static readonly string[] OutputNames = ["output", "stateN"];

    private static readonly Lazy<SileroVadModel> SharedModel = new(() => Load());

    internal InferenceSession Session { get; }

    private SileroVadModel(InferenceSession session)
    {
        Session = session;
        CheckSignature(session);
    }

    /// <summary>One process-wide model, one intra-op thread (grains already run in parallel).</summary>
    public static SileroVadModel Shared => SharedModel.Value;

    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "Models", "silero_vad_v5.onnx");

    public static SileroVadModel Load(string? path = null, int intraOpThreads = 1)
    {
        path ??= DefaultPath;
        if (!File.Exists(path))
            throw new FileNotFoundException($"Silero VAD model not found at '{path}'.", path);
        using var options = new SessionOptions
        {
            IntraOpNumThreads = intraOpThreads,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        return new SileroVadModel(new InferenceSession(path, options));
    }

    public SileroVadStream OpenStream() => new(this);

    public void Dispose() => Session.Dispose();

    private static void CheckSignature(InferenceSession session)
    {
        var missing = InputNames.Where(n => !session.InputMetadata.ContainsKey(n))
            .Concat(OutputNames.Where(n => !session.OutputMetadata.ContainsKey(n)))
            .ToList();
        if (missing.Count > 0)
            throw new InvalidOperationException(
                $"The ONNX file is not Silero VAD v5: missing {string.Join(", ", missing)}; it has inputs "
                + $"{string.Join(", ", session.InputMetadata.Keys)} and outputs {string.Join(", ", session.OutputMetadata.Keys)}.");
    }
}
