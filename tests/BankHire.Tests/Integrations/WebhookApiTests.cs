using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BankHire.Tests.Api;
using BankHire.Tests.Support;

namespace BankHire.Tests.Integrations;

[Collection(ApiCollection.Name)]
public sealed class WebhookApiTests(ApiFactory api)
{
    private const string Job = "teller-2027-campus";
    private const string Secret = "whsec-test-0123456789abcdef";

    private async Task<Guid> SubscribeAsync(HttpClient client, string url, params string[] events)
    {
        var response = await client.PostAsJsonAsync("/api/integrations/webhooks", new { url, events, secret = Secret });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(Secret, created.GetProperty("secret").GetString());
        return created.GetProperty("webhook").GetProperty("id").GetGuid();
    }

    private async Task<Guid> NewCandidateAsync(string name)
    {
        var response = await api.Recruiter.PostAsJsonAsync("/api/candidates", new { fullName = name, jobId = Job });
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
    }

    private async Task MoveAsync(Guid candidate, string stage) =>
        (await api.Recruiter.PostAsJsonAsync($"/api/candidates/{candidate}/stage", new { stage })).EnsureSuccessStatusCode();

    private static bool About(byte[] body, Guid candidate) => Encoding.UTF8.GetString(body).Contains(candidate.ToString());

    private static string Signature(string timestamp, byte[] body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes(timestamp + ".").Concat(body).ToArray()));

    private async Task<JsonElement[]> DeliveriesAsync(Guid webhook) =>
        [.. JsonDocument.Parse(await api.Admin.GetStringAsync($"/api/integrations/webhooks/{webhook}/deliveries")).RootElement.EnumerateArray()];

    [Fact]
    public async Task A_stage_change_reaches_the_receiver_signed_and_logged()
    {
        await using var receiver = new WebhookReceiver();
        var webhook = await SubscribeAsync(api.Admin, receiver.Url, "candidate.stage_changed");
        try
        {
            var candidate = await NewCandidateAsync("Webhook 候选人");
            await MoveAsync(candidate, "Screened");

            var received = await Eventually.ReturnsAsync(() => Task.FromResult(receiver.Requests.FirstOrDefault(r => About(r.Body, candidate))),
                r => r is not null, TimeSpan.FromSeconds(30), "the stage-change webhook");
            Assert.Equal("candidate.stage_changed", received!.Event);
            Assert.Equal(Signature(received.Timestamp, received.Body), received.Signature);
            Assert.InRange(long.Parse(received.Timestamp), DateTimeOffset.UtcNow.AddMinutes(-5).ToUnixTimeSeconds(), DateTimeOffset.UtcNow.AddMinutes(1).ToUnixTimeSeconds());
            var json = received.Json;
            Assert.Equal("candidate.stage_changed", json.GetProperty("type").GetString());
            Assert.True(json.GetProperty("id").TryGetGuid(out _));
            json.GetProperty("time").GetDateTimeOffset();
            var data = json.GetProperty("data");
            Assert.Equal(candidate, data.GetProperty("candidateId").GetGuid());
            Assert.Equal(Job, data.GetProperty("jobId").GetString());
            Assert.Equal("Applied", data.GetProperty("from").GetString());
            Assert.Equal("Screened", data.GetProperty("to").GetString());

            var log = await Eventually.ReturnsAsync(() => DeliveriesAsync(webhook),
                l => l.Any(d => d.GetProperty("id").GetString() == received.Delivery && d.GetProperty("status").GetString() == "Delivered"),
                TimeSpan.FromSeconds(10), "the delivery in the log");
            var delivery = log.First(d => d.GetProperty("id").GetString() == received.Delivery);
            Assert.Equal(1, delivery.GetProperty("attempts").GetInt32());
            Assert.Equal(200, delivery.GetProperty("lastStatusCode").GetInt32());

            var view = await api.Admin.GetStringAsync($"/api/integrations/webhooks/{webhook}");
            Assert.DoesNotContain(Secret, view);
            Assert.DoesNotContain(Secret, await api.Admin.GetStringAsync("/api/integrations/webhooks"));
        }
        finally
        {
            Assert.Equal(HttpStatusCode.NoContent, (await api.Admin.DeleteAsync($"/api/integrations/webhooks/{webhook}")).StatusCode);
        }
        await ProblemAssert.IsProblemAsync(await api.Admin.GetAsync($"/api/integrations/webhooks/{webhook}/deliveries"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_failing_receiver_is_retried_with_backoff_until_it_accepts()
    {
        await using var receiver = new WebhookReceiver();
        var candidate = await NewCandidateAsync("重试候选人");
        var refusals = 0;
        receiver.Refuse = body => About(body, candidate) && Interlocked.Increment(ref refusals) == 1;
        var webhook = await SubscribeAsync(api.Admin, receiver.Url, "candidate.stage_changed");
        try
        {
            await MoveAsync(candidate, "Invited");

            var failed = await Eventually.ReturnsAsync(() => DeliveriesAsync(webhook),
                l => l.Any(d => d.GetProperty("status").GetString() == "Failed"), TimeSpan.FromSeconds(30), "the first, refused try");
            var first = failed.First(d => d.GetProperty("status").GetString() == "Failed");
            Assert.Equal(503, first.GetProperty("lastStatusCode").GetInt32());
            Assert.Equal(JsonValueKind.String, first.GetProperty("nextAttemptAt").ValueKind);

            var tries = await Eventually.ReturnsAsync(() => Task.FromResult(receiver.Requests.Where(r => About(r.Body, candidate)).ToArray()),
                r => r.Any(x => x.AnsweredStatus == 200), TimeSpan.FromSeconds(60), "the retried delivery");
            Assert.Equal([503, 200], tries.Select(t => t.AnsweredStatus));
            Assert.Equal(tries[0].Delivery, tries[1].Delivery);
            Assert.Equal(tries[0].Body, tries[1].Body);
            Assert.All(tries, t => Assert.Equal(Signature(t.Timestamp, t.Body), t.Signature));

            var log = await Eventually.ReturnsAsync(() => DeliveriesAsync(webhook),
                l => l.Any(d => d.GetProperty("id").GetString() == tries[0].Delivery && d.GetProperty("status").GetString() == "Delivered"),
                TimeSpan.FromSeconds(10), "the delivered retry in the log");
            var delivery = log.First(d => d.GetProperty("id").GetString() == tries[0].Delivery);
            Assert.Equal(2, delivery.GetProperty("attempts").GetInt32());
            Assert.Equal(JsonValueKind.Null, delivery.GetProperty("nextAttemptAt").ValueKind);
        }
        finally
        {
            await api.Admin.DeleteAsync($"/api/integrations/webhooks/{webhook}");
        }
    }

    [Fact]
    public async Task A_key_with_webhooks_manage_may_subscribe_and_a_read_key_may_not()
    {
        var manage = JsonDocument.Parse(await (await api.Admin.PostAsJsonAsync("/api/integrations/keys",
            new { name = "hooks", scopes = new[] { "webhooks:manage" } })).Content.ReadAsStringAsync()).RootElement.GetProperty("key").GetString()!;
        var read = JsonDocument.Parse(await (await api.Admin.PostAsJsonAsync("/api/integrations/keys",
            new { name = "reader", scopes = new[] { "candidates:read" } })).Content.ReadAsStringAsync()).RootElement.GetProperty("key").GetString()!;
        using var manager = api.CreateClient();
        manager.DefaultRequestHeaders.Add("X-Api-Key", manage);
        using var reader = api.CreateClient();
        reader.DefaultRequestHeaders.Add("X-Api-Key", read);

        var created = await manager.PostAsJsonAsync("/api/integrations/webhooks", new { url = "https://hr.bank.example/hooks", events = new[] { "interview.report_ready" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement;
        Assert.True(body.GetProperty("secret").GetString()!.Length >= 32, "a secret is generated when none is given");
        var id = body.GetProperty("webhook").GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync($"/api/integrations/webhooks/{id}/deliveries")).StatusCode);
        // webhooks:manage is not a candidates scope.
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync("/api/jobs")).StatusCode);
        await ProblemAssert.IsProblemAsync(await reader.PostAsJsonAsync("/api/integrations/webhooks",
            new { url = "https://hr.bank.example/hooks", events = new[] { "interview.completed" } }), HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.NoContent, (await manager.DeleteAsync($"/api/integrations/webhooks/{id}")).StatusCode);
    }

    [Theory]
    [InlineData("""{"url": "ftp://hr.bank.example/x", "events": ["candidate.stage_changed"]}""", "url")]
    [InlineData("""{"url": "/relative", "events": ["candidate.stage_changed"]}""", "url")]
    [InlineData("""{"url": "https://user:pw@hr.bank.example/x", "events": ["candidate.stage_changed"]}""", "url")]
    [InlineData("""{"url": "https://hr.bank.example/x", "events": ["candidate.hired"]}""", "events")]
    [InlineData("""{"url": "https://hr.bank.example/x", "events": []}""", "events")]
    [InlineData("""{"url": "https://hr.bank.example/x", "events": ["interview.completed"], "secret": "short"}""", "secret")]
    [InlineData("""{"events": ["interview.completed"]}""", "url")]
    public async Task Bad_subscriptions_are_400_problems_naming_the_field(string json, string field)
    {
        var response = await api.Admin.PostAsync("/api/integrations/webhooks", new StringContent(json, Encoding.UTF8, "application/json"));
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(field, problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task An_unknown_webhook_is_a_404_problem()
    {
        await ProblemAssert.IsProblemAsync(await api.Admin.GetAsync($"/api/integrations/webhooks/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await api.Admin.DeleteAsync($"/api/integrations/webhooks/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
    }
}
