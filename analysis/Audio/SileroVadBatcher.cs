using System.Threading.Channels;
using Microsoft.ML.OnnxRuntime;

namespace BankHire.Analysis.Audio;

/// <summary>
/// Runs Silero VAD for many live audio streams together: each stream hands in the frames of one chunk, and the
/// batcher runs frame k of every waiting stream in one inference ([n, 576] input, [2, n, 128] state). One window at a
/// time costs ≈ 74 µs on the 2-core machine, a row of a batch of 16 ≈ 35 µs; each row gives the same bits as its
/// window run alone (<c>SileroVadBatchTests</c>), so a live reading equals a rescoring from the store, which runs the
/// answer alone. A stream's frames are sequential (the state), so the batch is across streams. One dedicated thread per
/// core runs groups side by side (a stream has one chunk in flight at a time, so groups never share a stream): with a
/// single thread, 300 live candidates needed a fifth of a core of it while the operating system gave it one share among
/// the busy pool threads; when its share dipped every audio scorer waited on it, their stream deliveries timed out after
/// 30 s, and the answers were analysed again from the store — a collapse, not a slowdown.
/// </summary>
public sealed class SileroVadBatcher : IDisposable
{
    /// <summary>Streams per group; more wait for the next one.</summary>
    public const int MaxStreams = 32;

    private const int InputLength = SileroVadModel.ContextSamples + SileroVadModel.FrameSamples;
    private const int StateRow = SileroVadModel.StateSize / 2;

    private readonly SileroVadModel model;
    private readonly Func<IDisposable>? timeGroup;
    private readonly Channel<Request> requests = Channel.CreateUnbounded<Request>();
    private readonly Thread[] workers;
    private readonly long[] sampleRate = [AudioFormat.SampleRate];

    /// <param name="model">The shared model when null. Not disposed here.</param>
    /// <param name="timeGroup">Started around each group's inferences (the app's pipeline profile times them).</param>
    /// <param name="threads">Groups run side by side; one per core when 0.</param>
    public SileroVadBatcher(SileroVadModel? model = null, Func<IDisposable>? timeGroup = null, int threads = 0)
    {
        this.model = model ?? SileroVadModel.Shared;
        this.timeGroup = timeGroup;
        workers = [.. Enumerable.Range(0, threads > 0 ? threads : Math.Max(1, Environment.ProcessorCount))
            .Select(i => new Thread(Run) { IsBackground = true, Name = $"Silero VAD batches {i}" })];
        foreach (var worker in workers) worker.Start();
    }

    /// <summary>How many groups can run at once.</summary>
    public int Threads => workers.Length;

    /// <summary>
    /// The speech probability of each of <paramref name="frames"/> (512 samples each, in order) of
    /// <paramref name="stream"/>, carrying its state exactly as <see cref="SileroVadStream.Process"/> would frame by frame.
    /// The stream must not be used otherwise until the task ends.
    /// </summary>
    public Task<float[]> ProcessAsync(SileroVadStream stream, IReadOnlyList<float[]> frames) =>
        ProcessAsync(stream, [.. frames.Select(f => (ReadOnlyMemory<float>)f)]);

    /// <inheritdoc cref="ProcessAsync(SileroVadStream, IReadOnlyList{float[]})"/>
    /// <remarks>The frames are read on the batcher's thread: their memory must stay as it is until the task ends.</remarks>
    public Task<float[]> ProcessAsync(SileroVadStream stream, IReadOnlyList<ReadOnlyMemory<float>> frames)
    {
        if (frames.Count == 0) return Task.FromResult(Array.Empty<float>());
        if (frames.Any(f => f.Length != SileroVadModel.FrameSamples))
            throw new ArgumentException($"Silero v5 at 16 kHz takes {SileroVadModel.FrameSamples} samples a frame.", nameof(frames));
        var request = new Request(stream, frames);
        if (!requests.Writer.TryWrite(request)) throw new ObjectDisposedException(nameof(SileroVadBatcher));
        return request.Done.Task;
    }

    public void Dispose()
    {
        requests.Writer.TryComplete();
        foreach (var worker in workers) worker.Join();
    }

    private void Run()
    {
        using var runOptions = new RunOptions();
        var buffers = new GroupBuffers();
        var group = new List<Request>(MaxStreams);
        var later = new List<Request>();
        while (later.Count > 0 || requests.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            group.Clear();
            // A stream's next chunk continues from this chunk's state: it goes in the next group.
            foreach (var request in later.ToList())
                if (group.Count < MaxStreams && !group.Any(g => g.Stream == request.Stream)) { group.Add(request); later.Remove(request); }
            while (group.Count < MaxStreams && requests.Reader.TryRead(out var next))
                if (group.Any(g => g.Stream == next.Stream)) later.Add(next); else group.Add(next);
            if (group.Count == 0) continue;
            try
            {
                using (timeGroup?.Invoke()) RunGroup(group, runOptions, buffers);
                foreach (var request in group) request.Done.TrySetResult(request.Probabilities);
            }
            catch (Exception e)
            {
                foreach (var request in group) request.Done.TrySetException(e);
            }
        }

        foreach (var request in later) request.Done.TrySetException(new ObjectDisposedException(nameof(SileroVadBatcher)));
    }

    /// <summary>A worker's tensors, sized for a full group and reused group after group.</summary>
    private sealed class GroupBuffers
    {
        public readonly float[] Input = new float[MaxStreams * InputLength];
        public readonly float[] State = new float[MaxStreams * SileroVadModel.StateSize];
        public readonly float[] Probability = new float[MaxStreams];
        public readonly float[] NextState = new float[MaxStreams * SileroVadModel.StateSize];
        public readonly List<Request> Active = new(MaxStreams);
    }

    private void RunGroup(List<Request> group, RunOptions runOptions, GroupBuffers buffers)
    {
        var (input, state, probability, nextState, active) = (buffers.Input, buffers.State, buffers.Probability, buffers.NextState, buffers.Active);
        for (var step = 0; ; step++)
        {
            active.Clear();
            active.AddRange(group.Where(r => r.Frames.Count > step));
            if (active.Count == 0) return;
            var n = active.Count;
            for (var row = 0; row < n; row++)
            {
                var stream = active[row];
                stream.Stream.NextInput(active[row].Frames[step].Span, input.AsSpan(row * InputLength, InputLength));
                // The state is [2, n, 128]: layer l of row r at (l·n + r)·128.
                for (var layer = 0; layer < 2; layer++)
                    stream.Stream.State.Slice(layer * StateRow, StateRow).CopyTo(state.AsSpan((layer * n + row) * StateRow, StateRow));
            }

            using (var inputValue = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, input.AsMemory(0, n * InputLength), [n, InputLength]))
            using (var stateValue = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, state.AsMemory(0, n * SileroVadModel.StateSize), [2, n, StateRow]))
            using (var rateValue = OrtValue.CreateTensorValueFromMemory(sampleRate, []))
            using (var probabilityValue = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, probability.AsMemory(0, n), [n, 1]))
            using (var nextStateValue = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, nextState.AsMemory(0, n * SileroVadModel.StateSize), [2, n, StateRow]))
            {
                model.Session.Run(runOptions, SileroVadModel.InputNames, [inputValue, stateValue, rateValue], SileroVadModel.OutputNames, [probabilityValue, nextStateValue]);
            }

            for (var row = 0; row < n; row++)
            {
                var stream = active[row];
                stream.Stream.Advanced(input.AsSpan(row * InputLength, InputLength));
                for (var layer = 0; layer < 2; layer++)
                    nextState.AsSpan((layer * n + row) * StateRow, StateRow).CopyTo(stream.Stream.State.Slice(layer * StateRow, StateRow));
                stream.Probabilities[step] = probability[row];
            }
        }
    }

    private sealed class Request(SileroVadStream stream, IReadOnlyList<ReadOnlyMemory<float>> frames)
    {
        public SileroVadStream Stream { get; } = stream;
        public IReadOnlyList<ReadOnlyMemory<float>> Frames { get; } = frames;
        public float[] Probabilities { get; } = new float[frames.Count];
        public TaskCompletionSource<float[]> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
