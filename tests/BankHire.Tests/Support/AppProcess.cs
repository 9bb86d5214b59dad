using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

namespace BankHire.Tests.Support;

/// <summary>
/// A BankHire app started as a real operating-system process (dotnet path/to/App.dll) with its settings in
/// environment variables, the way an operator runs it. Killing it sends SIGKILL: no graceful shutdown.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private AppProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>The last lines the app wrote, for failure messages.</summary>
    public string RecentOutput => string.Join(Environment.NewLine, _output.TakeLast(60));

    public static AppProcess Start(string dll, string workingDirectory, int httpPort, IReadOnlyDictionary<string, string> settings)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.Environment["Urls"] = $"http://127.0.0.1:{httpPort}";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in settings) start.Environment[key] = value;

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var app = new AppProcess(process, new Uri($"http://127.0.0.1:{httpPort}"));
        process.OutputDataReceived += (_, e) => app.Record(e.Data);
        process.ErrorDataReceived += (_, e) => app.Record(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return app;
    }

    /// <summary>Waits until /health/ready answers 200; returns how long that took from now.</summary>
    public async Task<TimeSpan> WaitUntilReadyAsync(TimeSpan timeout)
    {
        var stopwatch = Stopwatch.StartNew();
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        while (true)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The app exited with code {_process.ExitCode}. Last lines of its output:{Environment.NewLine}{RecentOutput}");
            if (stopwatch.Elapsed > timeout)
                throw new TimeoutException($"{BaseAddress} not ready within {timeout.TotalSeconds:0} s. Last lines of its output:{Environment.NewLine}{RecentOutput}");
            try
            {
                using var response = await http.GetAsync("/health/ready");
                if (response.StatusCode == HttpStatusCode.OK) break;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening but slow to answer (a loaded machine while the silo starts): ask again until the deadline.
            }
            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }
        return stopwatch.Elapsed;
    }

    /// <summary>A failed call to the app, told with whether the app was still running and its last lines.</summary>
    public Exception Explain(Exception failure) => new InvalidOperationException(
        $"{failure.Message} The app {(_process.HasExited ? $"had exited with code {_process.ExitCode}" : "was still running")}. Last lines of its output:{Environment.NewLine}{RecentOutput}",
        failure);

    /// <summary>SIGKILL: the process gets no chance to flush or deregister.</summary>
    public async Task KillAsync()
    {
        if (_process.HasExited) return;
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private void Record(string? line)
    {
        if (line is null) return;
        _output.Enqueue(line);
        while (_output.Count > 500) _output.TryDequeue(out _);
    }
}
