using System.ComponentModel;
using System.Diagnostics;

namespace BankHire.Analysis.Audio;

/// <summary>
/// Runs a Debian command-line tool (ffmpeg, pocketsphinx) to completion, reading both output streams
/// at once so a chatty tool cannot block on a full pipe, and killing it on cancellation or timeout.
/// </summary>
internal static class ToolProcess
{
    public static async Task<ToolResult> RunAsync(string tool, IEnumerable<string> arguments, TimeSpan timeout, CancellationToken cancellation)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"'{tool}' could not be started; is its Debian package installed? ({e.Message})", e);
        }
        process.StandardInput.Close();

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        deadline.CancelAfter(timeout);
        try
        {
            var stdout = ReadAllAsync(process.StandardOutput.BaseStream, deadline.Token);
            var stderr = process.StandardError.ReadToEndAsync(deadline.Token);
            await process.WaitForExitAsync(deadline.Token);
            return new ToolResult(process.ExitCode, await stdout, await stderr);
        }
        catch (OperationCanceledException)
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // it exited between the cancellation and the kill
            }
            cancellation.ThrowIfCancellationRequested();
            throw new TimeoutException($"'{tool}' did not finish within {timeout.TotalSeconds:0} s.");
        }
    }

    private static async Task<byte[]> ReadAllAsync(Stream stream, CancellationToken cancellation)
    {
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellation);
        return buffer.ToArray();
    }
}
