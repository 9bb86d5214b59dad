using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BankHire.Tests.Api;
using BankHire.Tests.Support;

namespace BankHire.Tests.Integrations;

/// <summary>A completed interview and its AI report reach a subscriber; a reports:read key reads the report.</summary>
[Collection(ApiCollection.Name)]
public sealed class InterviewWebhookTests(ApiFactory api)
{
    [Fact]
    public async Task Completion_and_report_events_are_delivered_and_a_reports_key_reads_the_report()
    {
        await using var receiver = new WebhookReceiver();
        var subscribed = await api.Admin.PostAsJsonAsync("/api/integrations/webhooks",
            new { url = receiver.Url, events = new[] { "interview.completed", "interview.report_ready" } });
        Assert.Equal(HttpStatusCode.Created, subscribed.StatusCode);
        var webhook = (await subscribed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("webhook").GetProperty("id").GetGuid();
        try
        {
            var live = await LiveCandidate.InvitedAsync(api);
            await live.StartedAsync();
            foreach (var question in live.QuestionIds)
                await live.AnswerTypedAsync(question, "I would listen to the customer, explain the rules politely and verify their identity.");
            await live.PostOkAsync("/complete");

            var events = await Eventually.ReturnsAsync(
                () => Task.FromResult(receiver.Requests.Where(r => r.Json.GetProperty("data").GetProperty("interviewId").GetString() == live.InterviewId.ToString()).ToArray()),
                r => r.Any(x => x.Event == "interview.report_ready"), TimeSpan.FromSeconds(90), "the report_ready webhook");
            var completed = Assert.Single(events, e => e.Event == "interview.completed").Json.GetProperty("data");
            Assert.Equal(live.CandidateId, completed.GetProperty("candidateId").GetGuid());
            Assert.Equal(LiveCandidate.Job, completed.GetProperty("jobId").GetString());
            var ready = Assert.Single(events, e => e.Event == "interview.report_ready").Json.GetProperty("data");
            Assert.Equal(live.CandidateId, ready.GetProperty("candidateId").GetGuid());
            Assert.False(string.IsNullOrEmpty(ready.GetProperty("recommendation").GetString()));

            var key = (await (await api.Admin.PostAsJsonAsync("/api/integrations/keys", new { name = "reports", scopes = new[] { "reports:read" } }))
                .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
            using var client = api.CreateClient();
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/interviews/{live.InterviewId}/report")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync($"/api/candidates/{live.CandidateId}/stage", new { stage = "Offer" })).StatusCode);
        }
        finally
        {
            await api.Admin.DeleteAsync($"/api/integrations/webhooks/{webhook}");
        }
    }
}
