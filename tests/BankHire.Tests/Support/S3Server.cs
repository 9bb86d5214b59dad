using System.Diagnostics;
using System.Net;
using BankHire.Hosting.Storage;
using BankHire.Tests.Storage.Infrastructure;

namespace BankHire.Tests.Support;

/// <summary>
/// A real local S3 server for the media object store tests: s3rver from npm (scripts/install-s3rver.sh, pinned),
/// started once per test run on a free port with its data in a temporary folder; it exits when the run ends.
/// Unset, the tests that need it are skipped on a developer machine and fail on CI.
/// </summary>
public static class S3Server
{
    private static readonly Lazy<Task<Uri>> Started = new(StartAsync);

    /// <summary>The folder s3rver is installed in (its node_modules), or null.</summary>
    public static string? InstallFolder
    {
        get
        {
            var cache = Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg ? xdg
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
            var folder = Environment.GetEnvironmentVariable("BANKHIRE_S3RVER") is { Length: > 0 } configured ? configured : Path.Combine(cache, "bankhire", "s3rver");
            return File.Exists(Path.Combine(folder, "node_modules", "s3rver", "package.json")) ? folder : null;
        }
    }

    public static string? SkipReason => InstallFolder is null && !PostgresTestEnvironment.IsCi
        ? "s3rver is not installed: run scripts/install-s3rver.sh (or set BANKHIRE_S3RVER)."
        : null;

    /// <summary>Media options for a bucket of the caller's own on the shared server (s3rver's fixed credentials).</summary>
    public static async Task<MediaStoreOptions> MediaOptionsAsync() => new()
    {
        Provider = MediaStoreProvider.S3,
        ServiceUrl = (await Started.Value).ToString(),
        Bucket = "media-" + Guid.NewGuid().ToString("N")[..16],
        AccessKey = "S3RVER",
        SecretKey = "S3RVER",
    };

    private static async Task<Uri> StartAsync()
    {
        var folder = InstallFolder ?? throw new InvalidOperationException("s3rver is not installed: run scripts/install-s3rver.sh (or set BANKHIRE_S3RVER).");
        var port = FreePorts.Take(1)[0];
        var data = Directory.CreateTempSubdirectory("bankhire-s3rver-").FullName;
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // s3rver's own API, and an exit (removing its data) when stdin closes: however the test run ends, its end of the pipe closes with it.
        start.ArgumentList.Add("-e");
        start.ArgumentList.Add($$"""
            const S3rver = require('s3rver');
            const directory = {{System.Text.Json.JsonSerializer.Serialize(data)}};
            new S3rver({ address: '127.0.0.1', port: {{port}}, directory, silent: true }).run();
            process.stdin.on('end', () => { require('fs').rmSync(directory, { recursive: true, force: true }); process.exit(0); });
            process.stdin.resume();
            """);
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => process.StandardInput.Close();
        var url = new Uri($"http://127.0.0.1:{port}/");
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        await Eventually.TrueAsync(async () =>
        {
            if (process.HasExited) throw new InvalidOperationException($"s3rver exited with code {process.ExitCode}.");
            using var response = await http.GetAsync(url);
            return response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Forbidden;
        }, TimeSpan.FromSeconds(60), "s3rver to listen");
        return url;
    }
}
