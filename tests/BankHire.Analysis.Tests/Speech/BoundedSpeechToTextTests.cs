using System.Collections.Concurrent;
using BankHire.Analysis.Speech;
using BankHire.Analysis.Speech.Engines;
using BankHire.Analysis.Speech.Resilience;

namespace BankHire.Analysis.Tests.Speech;

/// <summary>Transcription waits in line when answers arrive faster than the engine transcribes them: at most N segments
/// at once, the rest in order of arrival, none lost.</summary>
public sealed class BoundedSpeechToTextTests
{
    [Fact]
    public async Task At_most_the_bound_runs_at_once_and_the_others_start_in_order_of_arrival_as_slots_free()
    {
        var engine = new GatedEngine();
        using var line = new BoundedSpeechToText(engine, maxConcurrentCalls: 2);

        var calls = Enumerable.Range(0, 5).Select(i => line.TranscribeAsync(new byte[] { (byte)i }, "en")).ToList();
        await engine.WaitForAsync(running: 2);

        Assert.Equal([0, 1], engine.Started);
        Assert.Equal((2, 3), (line.Running, line.Waiting));
        engine.Release(0);
        await engine.WaitForAsync(running: 2, started: 3);
        Assert.Equal([0, 1, 2], engine.Started);
        for (var i = 1; i < 5; i++)
        {
            await engine.WaitForAsync(started: Math.Min(5, i + 2));
            engine.Release(i);
        }

        var texts = (await Task.WhenAll(calls)).Select(r => r.Transcript!.Text);
        Assert.Equal(["0", "1", "2", "3", "4"], texts);
        Assert.Equal(2, engine.MostAtOnce);
        Assert.Equal((0, 0), (line.Running, line.Waiting));
    }

    [Fact]
    public async Task A_call_cancelled_while_waiting_leaves_the_line_without_taking_a_slot()
    {
        var engine = new GatedEngine();
        using var line = new BoundedSpeechToText(engine, maxConcurrentCalls: 1);
        var first = line.TranscribeAsync(new byte[] { 0 }, "en");
        await engine.WaitForAsync(running: 1);
        using var cancel = new CancellationTokenSource();
        var second = line.TranscribeAsync(new byte[] { 1 }, "en", cancellation: cancel.Token);
        Assert.Equal(1, line.Waiting);

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => second);
        Assert.Equal(0, line.Waiting);
        engine.Release(0);
        Assert.Equal("0", (await first).Transcript!.Text);
        var third = line.TranscribeAsync(new byte[] { 2 }, "en");
        await engine.WaitForAsync(started: 2);
        engine.Release(2);
        Assert.Equal("2", (await third).Transcript!.Text);
    }

    [Fact]
    public void Each_engine_has_a_line_an_operator_sees_and_a_bound_of_zero_is_refused()
    {
        using var engines = SpeechEngines.Create(new Dictionary<string, SpeechEngineSettings>
        {
            ["en"] = new() { Kind = SpeechEngineKind.Pocketsphinx },
            ["zh"] = new() { Kind = SpeechEngineKind.OpenAiCompatible, BaseUrl = new Uri("http://127.0.0.1:9/"), Model = "paraformer-zh", Name = "bank-asr" },
        });

        var lines = engines.Health.ToDictionary(h => h.Engine, h => (h.MaxConcurrentCalls, h.Running, h.Waiting));
        // The built-in engine transcribes on this machine's cores, beside vision and voice: half of them. The bank's service: 16.
        Assert.Equal((Math.Max(1, Environment.ProcessorCount / 2), 0, 0), lines["pocketsphinx"]);
        Assert.Equal((16, 0, 0), lines["bank-asr"]);
        var refused = Assert.Throws<ArgumentException>(() => SpeechEngines.Create(new Dictionary<string, SpeechEngineSettings>
        {
            ["en"] = new() { Kind = SpeechEngineKind.Pocketsphinx, MaxConcurrentCalls = 0 },
        }));
        Assert.Contains("BankHire:Speech:Engines:en:MaxConcurrentCalls must be at least 1", refused.Message);
    }

    /// <summary>An engine whose calls finish when the test says so; the text is the first byte of the PCM.</summary>
    private sealed class GatedEngine : ISpeechToText
    {
        private readonly ConcurrentDictionary<int, TaskCompletionSource> gates = new();
        private readonly Lock sync = new();
        private int running;

        public List<int> Started { get; } = [];

        public int MostAtOnce { get; private set; }

        public string Engine => "gated";

        public bool Supports(string language) => true;

        public void Release(int call) => Gate(call).TrySetResult();

        public async Task WaitForAsync(int? running = null, int? started = null)
        {
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (true)
            {
                lock (sync)
                    if ((running is null || this.running == running) && (started is null || Started.Count >= started)) return;
                if (DateTime.UtcNow > deadline) throw new TimeoutException($"running {this.running}, started {Started.Count}");
                await Task.Delay(10);
            }
        }

        public async Task<TranscriptionResult> TranscribeAsync(ReadOnlyMemory<byte> pcm16le, string language, SpeechHints? hints = null, CancellationToken cancellation = default)
        {
            var call = pcm16le.Span[0];
            lock (sync)
            {
                Started.Add(call);
                running++;
                MostAtOnce = Math.Max(MostAtOnce, running);
            }
            await Gate(call).Task;
            lock (sync) running--;
            return TranscriptionResult.Of(new Transcript(language, call.ToString(System.Globalization.CultureInfo.InvariantCulture), [], Engine, "1"));
        }

        private TaskCompletionSource Gate(int call) => gates.GetOrAdd(call, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
    }
}
