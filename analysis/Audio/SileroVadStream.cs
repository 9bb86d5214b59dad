using Microsoft.ML.OnnxRuntime;

namespace BankHire.Analysis.Audio;

/// <summary>
/// Feeds one audio stream through <see cref="SileroVadModel"/>, 512 samples at a time, carrying the
/// model's recurrent state and the last 64 samples of the previous frame (v5 expects them prepended,
/// as in silero-vad's <c>OnnxWrapper</c> and vad-web's <c>Silero.process</c>). Not thread-safe.
/// </summary>
public sealed class SileroVadStream : IDisposable
{
    private const int InputLength = SileroVadModel.ContextSamples + SileroVadModel.FrameSamples;

    private readonly SileroVadModel model;
    // Tensors wrap these arrays (pinned by OrtValue), so a frame costs no allocation.
    private readonly float[] input = new float[InputLength];
    private readonly float[] state = new float[SileroVadModel.StateSize];
    private readonly float[] nextState = new float[SileroVadModel.StateSize];
    private readonly float[] probability = new float[1];
    private readonly OrtValue[] inputs;
    private readonly OrtValue[] outputs;
    private readonly RunOptions runOptions = new();

    internal SileroVadStream(SileroVadModel model)
    {
        this.model = model;
        inputs =
        [
            OrtValue.CreateTensorValueFromMemory(input, [1, InputLength]),
            OrtValue.CreateTensorValueFromMemory(state, [2, 1, 128]),
            OrtValue.CreateTensorValueFromMemory(new long[] { AudioFormat.SampleRate }, []),
        ];
        outputs =
        [
            OrtValue.CreateTensorValueFromMemory(probability, [1, 1]),
            OrtValue.CreateTensorValueFromMemory(nextState, [2, 1, 128]),
        ];
    }

    /// <summary>The samples the model saw for the last frame: 64 of context, then the frame.</summary>
    public ReadOnlySpan<float> LastInput => input;

    /// <summary>Speech probability (0..1) of one 512-sample frame scaled to [-1, 1].</summary>
    public float Process(ReadOnlySpan<float> frame)
    {
        if (frame.Length != SileroVadModel.FrameSamples)
            throw new ArgumentException($"Silero v5 at 16 kHz takes {SileroVadModel.FrameSamples} samples a frame.", nameof(frame));
        input.AsSpan(SileroVadModel.FrameSamples, SileroVadModel.ContextSamples).CopyTo(input);
        frame.CopyTo(input.AsSpan(SileroVadModel.ContextSamples));
        model.Session.Run(runOptions, SileroVadModel.InputNames, inputs, SileroVadModel.OutputNames, outputs);
        nextState.CopyTo(state, 0);
        return probability[0];
    }

    /// <summary>The model's recurrent state, [2, 1, 128]; the batcher reads and writes it around a batched frame.</summary>
    internal Span<float> State => state;

    /// <summary>What the model sees for the next frame: the last 64 samples of the previous input, then the frame.</summary>
    internal void NextInput(ReadOnlySpan<float> frame, Span<float> row)
    {
        input.AsSpan(SileroVadModel.FrameSamples, SileroVadModel.ContextSamples).CopyTo(row);
        frame.CopyTo(row[SileroVadModel.ContextSamples..]);
    }

    /// <summary>The batcher ran <paramref name="row"/> (from <see cref="NextInput"/>): it is now the last input.</summary>
    internal void Advanced(ReadOnlySpan<float> row) => row.CopyTo(input);

    public void Reset()
    {
        Array.Clear(input);
        Array.Clear(state);
    }

    public void Dispose()
    {
        foreach (var value in inputs) value.Dispose();
        foreach (var value in outputs) value.Dispose();
        runOptions.Dispose();
    }
}
