using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace BankHire.Load;

/// <summary>What one simulated candidate measured, on the run's stopwatch.</summary>
public sealed record CandidateRun(Guid InterviewId, int Frames, int AudioChunks, TimeSpan FirstUpload, TimeSpan LastAck, TimeSpan ReportReady, IReadOnlyList<double> AckSeconds, int Retried503)
{
    public TimeSpan LastAckToReady => ReportReady - LastAck;
}

/// <summary>
/// One candidate following web-frontend/CandidatePortal/README.md with X-Invitation-Token: consent (en), start,
/// per question begin → frames (2 fps) and audio (one 32,000-byte chunk a second) → finish with a typed answer →
/// complete, then polls the view until reportReady.
/// </summary>
public sealed class SimulatedCandidate(HttpClient http, Guid interviewId, string token, LoadMedia media, InterviewLoadOptions options, Stopwatch clock)
{
    private readonly List<double> acks = [];
    private int retried;

    private const string TypedAnswer = "I apologise for the wait, explain the reason and offer the priority window, then check the customer is satisfied.";

    public async Task<CandidateRun> RunAsync()
    {
        // The notice versions the page shows: the consent text, and the separate biometric notice where the bank's pack asks for one.
        var privacy = (await SendAsync(HttpMethod.Get, "/api/candidate/interview")).GetProperty("privacy");
        var textVersion = privacy.GetProperty("consentTextVersion").GetString();
        var biometricNoticeVersion = options.FaceConsent && privacy.TryGetProperty("jurisdiction", out var pack) && pack.ValueKind == JsonValueKind.Object
            && pack.TryGetProperty("biometricNoticeVersion", out var version) ? version.GetString() : null;
        var view = await PostAsync("/consent", new { face = options.FaceConsent, voice = true, content = true, keepRecording = false, textVersion, language = "en", biometricNoticeVersion });
        view = await PostAsync("/start");
        TimeSpan? firstUpload = null;
        var lastAck = TimeSpan.Zero;
        int frames = 0, audio = 0;
        var questions = view.GetProperty("questions").EnumerateArray()
            .OrderBy(q => q.GetProperty("index").GetInt32())
            .Select(q => (Id: q.GetProperty("id").GetString()!, Practice: q.GetProperty("practice").GetBoolean()))
            .ToList();
        foreach (var (questionId, practice) in questions)
        {
            var begun = await PostAsync($"/questions/{questionId}/begin");
            var attempt = begun.GetProperty("questions").EnumerateArray().First(q => q.GetProperty("id").GetString() == questionId).GetProperty("attempt").GetInt32();
            int frameCount = 0, audioCount = 0;
            var unsent = 0; // frames taken but not yet uploaded: the page sends them a few at a time
            if (!practice)
            {
                var start = clock.Elapsed;
                for (var tick = 0; tick < options.AnswerSeconds * 2; tick++)
                {
                    if (options.Paced)
                    {
                        var due = start + TimeSpan.FromMilliseconds(500 * tick);
                        if (due > clock.Elapsed) await Task.Delay(due - clock.Elapsed);
                    }
                    firstUpload ??= clock.Elapsed;
                    // Without face consent the page sends no frames (the server would refuse them).
                    if (options.FaceConsent)
                    {
                        frameCount++;
                        if (++unsent >= options.FramesPerUpload)
                        {
                            await PutFramesAsync(questionId, frameCount - unsent, unsent, attempt);
                            unsent = 0;
                            lastAck = clock.Elapsed;
                        }
                    }
                    if (options.Audio && tick % 2 == 1)
                    {
                        await PutChunkAsync(questionId, "audio", audioCount, attempt, media.AudioSeconds[audioCount % media.AudioSeconds.Count]);
                        audioCount++;
                        lastAck = clock.Elapsed;
                    }
                }
            }
            if (unsent > 0)
            {
                await PutFramesAsync(questionId, frameCount - unsent, unsent, attempt);
                lastAck = clock.Elapsed;
            }
            await PostAsync($"/questions/{questionId}/finish", new { attempt, frameCount, audioCount, typedAnswer = options.Spoken ? null : TypedAnswer });
            frames += frameCount;
            audio += audioCount;
        }
        await PostAsync("/complete");
        while (true)
        {
            var polled = await SendAsync(HttpMethod.Get, "/api/candidate/interview");
            if (polled.GetProperty("reportReady").GetBoolean()) break;
            if (clock.Elapsed - lastAck > TimeSpan.FromMinutes(10)) throw new TimeoutException($"Interview {interviewId}: no report 10 min after the last chunk.");
            await Task.Delay(100);
        }
        return new(interviewId, frames, audio, firstUpload ?? lastAck, lastAck, clock.Elapsed, acks, retried);
    }

    private Task<JsonElement> PostAsync(string path, object? body = null) =>
        SendAsync(HttpMethod.Post, "/api/candidate/interview" + path, body is null ? null : () => JsonContent.Create(body));

    private async Task PutFramesAsync(string questionId, int seq, int count, int attempt)
    {
        if (count == 1)
        {
            await PutChunkAsync(questionId, "frame", seq, attempt, media.FaceJpeg);
            return;
        }
        HttpContent Content()
        {
            var content = new MultipartContent("mixed", $"load-{Guid.NewGuid():N}");
            for (var i = 0; i < count; i++)
            {
                var part = new ByteArrayContent(media.FaceJpeg);
                part.Headers.TryAddWithoutValidation("Content-Type", "image/jpeg");
                content.Add(part);
            }
            return content;
        }
        var sent = clock.Elapsed;
        await SendAsync(HttpMethod.Put, $"/api/interviews/{interviewId}/answers/{questionId}/chunks/{seq}?kind=frame&attempt={attempt}", Content);
        acks.Add((clock.Elapsed - sent).TotalSeconds);
    }

    private async Task PutChunkAsync(string questionId, string kind, int seq, int attempt, byte[] bytes)
    {
        HttpContent Content()
        {
            var content = new ByteArrayContent(bytes);
            content.Headers.TryAddWithoutValidation("Content-Type", kind == "frame" ? "image/jpeg" : "audio/L16;rate=16000");
            return content;
        }
        var sent = clock.Elapsed;
        await SendAsync(HttpMethod.Put, $"/api/interviews/{interviewId}/answers/{questionId}/chunks/{seq}?kind={kind}&attempt={attempt}", Content);
        acks.Add((clock.Elapsed - sent).TotalSeconds);
    }

    /// <summary>As the page does: a 503 is tried again after its Retry-After (counted); anything else that fails ends the run.</summary>
    private async Task<JsonElement> SendAsync(HttpMethod method, string path, Func<HttpContent>? content = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, path) { Content = content?.Invoke() };
            request.Headers.Add("X-Invitation-Token", token);
            using var response = await http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode == System.Net.HttpStatusCode.ServiceUnavailable && attempt < 30)
            {
                retried++;
                await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1));
                continue;
            }
            if (!response.IsSuccessStatusCode)
                throw new HttpRequestException($"{method} {path}: {(int)response.StatusCode} {body}");
            return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
        }
    }
}
