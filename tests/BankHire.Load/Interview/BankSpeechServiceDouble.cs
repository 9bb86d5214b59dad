using System.Globalization;
using System.Net;

namespace BankHire.Load.Interview;

/// <summary>
/// Stands in for the bank's own transcription service (OpenAI-compatible <c>POST /v1/audio/transcriptions</c>,
/// <c>verbose_json</c>) in capacity runs: the app does all its own work per speech segment (cutting, WAV, multipart
/// request, parsing, retries) while the recognition itself runs elsewhere, as it would in a bank. Answers every request with
/// one English sentence after the given latency and prints requests per minute.
///   dotnet BankHire.Load.dll asr-double 5099 [--latency-ms 300]
/// and start the app with BankHire__Speech__Engines__en__Kind=OpenAiCompatible, …__BaseUrl=http://127.0.0.1:5099/,
/// …__Model=bank-asr-double.
/// </summary>
public static class BankSpeechServiceDouble
{
    private const string Reply = """
        {"task":"transcribe","language":"english","duration":4.0,
         "text":" I helped a customer open an account and explained the fees clearly and patiently.",
         "segments":[{"id":0,"seek":0,"start":0.0,"end":4.0,"text":" I helped a customer open an account and explained the fees clearly and patiently.","avg_logprob":-0.2,"no_speech_prob":0.02}]}
        """;

    public static async Task RunAsync(string[] args)
    {
        var port = int.Parse(args[0], CultureInfo.InvariantCulture);
        var latency = TimeSpan.FromMilliseconds(args.Length > 2 && args[1] == "--latency-ms" ? int.Parse(args[2], CultureInfo.InvariantCulture) : 300);
        using var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        Console.WriteLine($"bank speech service double on http://127.0.0.1:{port}/ (latency {latency.TotalMilliseconds:0} ms)");
        long requests = 0, bytes = 0;
        _ = Task.Run(async () =>
        {
            while (true)
            {
                await Task.Delay(TimeSpan.FromMinutes(1));
                Console.WriteLine($"{DateTime.UtcNow:HH:mm:ss} {Interlocked.Read(ref requests)} requests, {Interlocked.Read(ref bytes) / 1e6:0.0} MB of audio so far");
            }
        });
        while (listener.IsListening)
        {
            var context = await listener.GetContextAsync();
            _ = AnswerAsync(context, latency, () => Interlocked.Increment(ref requests), n => Interlocked.Add(ref bytes, n));
        }
    }

    private static async Task AnswerAsync(HttpListenerContext context, TimeSpan latency, Action counted, Action<long> received)
    {
        try
        {
            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            received(body.Length);
            await Task.Delay(latency);
            var ok = context.Request.HttpMethod == "POST" && context.Request.Url!.AbsolutePath.EndsWith("/v1/audio/transcriptions", StringComparison.Ordinal);
            context.Response.StatusCode = ok ? 200 : 404;
            context.Response.ContentType = "application/json";
            var bytes = System.Text.Encoding.UTF8.GetBytes(ok ? Reply : """{"error":"not found"}""");
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
            if (ok) counted();
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
        {
            // The app gave up on this request (its timeout) or the double is stopping.
        }
    }
}
