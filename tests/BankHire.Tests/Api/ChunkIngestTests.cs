using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using BankHire.Answers;
using BankHire.Hosting.Answers;
using BankHire.Web.CandidatePortal;
using BankHire.Web.Demo;
using BankHire.Web.Answers;
using Microsoft.Extensions.DependencyInjection;

namespace BankHire.Tests.Api;

/// <summary>A candidate's answer chunks: checked, stored durably before the acknowledgement, once per seq, gaps reported.</summary>
[Collection(ApiCollection.Name)]
public sealed partial class ChunkIngestTests(ApiFactory api)
{
    private static readonly Guid Candidate = DemoBank.CandidateId(DemoBank.Candidates[2]);
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46];

    [Fact]
    public async Task A_frame_is_stored_before_it_is_acknowledged_and_a_resend_is_stored_once()
    {
        var interview = await AnsweringInterviewAsync();

        var first = await AcknowledgedAsync(await interview.PutAsync(0, "frame", "image/jpeg", Jpeg));
        var stream = new AnswerTrack(interview.Id, interview.QuestionId, ChunkKind.Frame);
        Assert.Equal(Jpeg, (await Store.ReadAsync(stream, 0))!.Chunk.Payload);
        var again = await AcknowledgedAsync(await interview.PutAsync(0, "frame", "image/jpeg", Jpeg));

        Assert.Equal((true, 1), (first.GetProperty("stored").GetBoolean(), first.GetProperty("nextExpectedSeq").GetInt32()));
        Assert.Equal((false, 1), (again.GetProperty("stored").GetBoolean(), again.GetProperty("nextExpectedSeq").GetInt32()));
        Assert.Equal([0], await Store.ListAsync(stream));
    }

    [Fact]
    public async Task A_chunk_after_a_gap_is_stored_and_the_missing_seqs_are_reported_until_resent()
    {
        var interview = await AnsweringInterviewAsync();
        await AcknowledgedAsync(await interview.PutAsync(0, "audio", "audio/L16;rate=16000", [1, 0, 2, 0]));

        var ahead = await AcknowledgedAsync(await interview.PutAsync(3, "audio", "audio/L16;rate=16000", [3, 0]));
        Assert.True(ahead.GetProperty("stored").GetBoolean());
        Assert.Equal(1, ahead.GetProperty("nextExpectedSeq").GetInt32());
        Assert.Equal([1, 2], ahead.GetProperty("missingSeqs").EnumerateArray().Select(e => e.GetInt32()));

        await AcknowledgedAsync(await interview.PutAsync(1, "audio", "application/octet-stream", [4, 0]));
        var complete = await AcknowledgedAsync(await interview.PutAsync(2, "audio", "application/octet-stream", [5, 0]));
        Assert.Equal(4, complete.GetProperty("nextExpectedSeq").GetInt32());
        Assert.Empty(complete.GetProperty("missingSeqs").EnumerateArray());
    }

    [Fact]
    public async Task Different_bytes_for_an_acknowledged_seq_are_a_409_and_the_first_bytes_stay()
    {
        var interview = await AnsweringInterviewAsync();
        await AcknowledgedAsync(await interview.PutAsync(0, "frame", "image/jpeg", Jpeg));

        var problem = await ProblemAssert.IsProblemAsync(
            await interview.PutAsync(0, "frame", "image/jpeg", [.. Jpeg, 0x01]), HttpStatusCode.Conflict);

        Assert.Equal("seq", problem.GetProperty("field").GetString());
        var stream = new AnswerTrack(interview.Id, interview.QuestionId, ChunkKind.Frame);
        Assert.Equal(Jpeg, (await Store.ReadAsync(stream, 0))!.Chunk.Payload);
    }

    public static TheoryData<string, string, byte[], HttpStatusCode, string> BadChunks => new()
    {
        { "frame", "image/jpeg", [0x89, 0x50, 0x4E, 0x47], HttpStatusCode.BadRequest, "body" },
        { "frame", "image/jpeg", [], HttpStatusCode.BadRequest, "body" },
        { "audio", "audio/L16", [1, 0, 2], HttpStatusCode.BadRequest, "body" },
        { "frame", "image/png", [0xFF, 0xD8, 0xFF], HttpStatusCode.UnsupportedMediaType, "Content-Type" },
        { "audio", "image/jpeg", [1, 0], HttpStatusCode.UnsupportedMediaType, "Content-Type" },
        { "video", "image/jpeg", [0xFF, 0xD8, 0xFF], HttpStatusCode.BadRequest, "kind" },
        { "frame", "image/jpeg", [.. Jpeg, .. new byte[ChunkBody.MaxBytes]], HttpStatusCode.RequestEntityTooLarge, "body" },
        // A few bytes declaring a picture that would take gigabytes to decode: refused from the frame header.
        { "frame", "image/jpeg", JpegDeclaring(8000, 8000), HttpStatusCode.BadRequest, "body" },
        { "frame", "image/jpeg", JpegDeclaring(16000, 16000), HttpStatusCode.BadRequest, "body" },
    };

    /// <summary>SOI, a baseline start-of-frame header for a 3-component picture of that size, EOI.</summary>
    private static byte[] JpegDeclaring(int width, int height) =>
        [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x00, 0x00, 0xFF, 0xC0, 0x00, 0x11, 0x08, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width,
            0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01, 0xFF, 0xD9];

    [Theory]
    [MemberData(nameof(BadChunks))]
    public async Task A_bad_chunk_is_a_problem_naming_the_field_and_nothing_is_stored(
        string kind, string contentType, byte[] body, HttpStatusCode expected, string field)
    {
        var interview = await AnsweringInterviewAsync();

        var problem = await ProblemAssert.IsProblemAsync(await interview.PutAsync(0, kind, contentType, body), expected);

        Assert.Equal(field, problem.GetProperty("field").GetString());
        Assert.Empty(await Store.ListAsync(new AnswerTrack(interview.Id, interview.QuestionId, ChunkKind.Frame)));
        Assert.Empty(await Store.ListAsync(new AnswerTrack(interview.Id, interview.QuestionId, ChunkKind.Audio)));
    }

    [Fact]
    public async Task A_missing_wrong_or_other_interviews_token_is_a_401()
    {
        var interview = await AnsweringInterviewAsync();
        var other = await AnsweringInterviewAsync();

        foreach (var token in new[] { null, "not-a-token", other.Token })
        {
            var problem = await ProblemAssert.IsProblemAsync(
                await interview.PutAsync(0, "frame", "image/jpeg", Jpeg, token), HttpStatusCode.Unauthorized);
            Assert.Equal(CandidatePortalEndpoints.TokenHeader, problem.GetProperty("field").GetString());
        }
        Assert.Empty(await Store.ListAsync(new AnswerTrack(interview.Id, interview.QuestionId, ChunkKind.Frame)));
    }

    [Fact]
    public async Task An_hr_cookie_does_not_open_the_ingest()
    {
        var interview = await AnsweringInterviewAsync();
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/interviews/{interview.Id}/answers/{interview.QuestionId}/chunks/0?kind=frame")
        {
            Content = new ByteArrayContent(Jpeg) { Headers = { ContentType = new MediaTypeHeaderValue("image/jpeg") } },
        };
        await ProblemAssert.IsProblemAsync(await api.Recruiter.SendAsync(request), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_interview_not_started_or_a_question_not_in_it_accepts_no_chunk()
    {
        var booked = await BookedInterviewAsync();
        var notStarted = await ProblemAssert.IsProblemAsync(await booked.PutAsync(0, "frame", "image/jpeg", Jpeg), HttpStatusCode.Conflict);
        Assert.Equal("status", notStarted.GetProperty("field").GetString());

        var answering = await AnsweringInterviewAsync();
        var unknown = await ProblemAssert.IsProblemAsync(
            await (answering with { QuestionId = "no-such-question" }).PutAsync(0, "frame", "image/jpeg", Jpeg), HttpStatusCode.NotFound);
        Assert.Equal("questionId", unknown.GetProperty("field").GetString());
    }

    [Fact]
    public async Task Only_the_attempt_in_progress_accepts_chunks_not_a_question_never_begun_an_attempt_not_begun_or_a_finished_answer()
    {
        var interview = await AnsweringInterviewAsync();
        var live = interview.AsLiveCandidate(Candidate);
        var view = await live.ViewAsync();
        var notBegun = view.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("id").GetString()!).First(q => q != interview.QuestionId);

        var never = await ProblemAssert.IsProblemAsync(
            await (interview with { QuestionId = notBegun }).PutAsync(0, "frame", "image/jpeg", Jpeg), HttpStatusCode.Conflict);
        Assert.Equal("questionId", never.GetProperty("field").GetString());
        var otherAttempt = await ProblemAssert.IsProblemAsync(
            await interview.PutAsync(0, "frame", "image/jpeg", Jpeg, interview.Token, attempt: 1), HttpStatusCode.Conflict);
        Assert.Equal("attempt", otherAttempt.GetProperty("field").GetString());

        await AcknowledgedAsync(await interview.PutAsync(0, "frame", "image/jpeg", Jpeg));
        await live.PostOkAsync($"/questions/{interview.QuestionId}/finish", new { attempt = 0, frameCount = 1, audioCount = 0 });
        var afterFinish = await ProblemAssert.IsProblemAsync(await interview.PutAsync(1, "frame", "image/jpeg", Jpeg), HttpStatusCode.Conflict);
        Assert.Equal("questionId", afterFinish.GetProperty("field").GetString());

        Assert.Equal([0], await Store.ListAsync(new AnswerTrack(interview.Id, interview.QuestionId, ChunkKind.Frame)));
        Assert.Empty(await Store.ListAsync(new AnswerTrack(interview.Id, notBegun, ChunkKind.Frame)));
    }

    private ChunkStore Store => api.Services.GetRequiredService<ChunkStore>();

    private static async Task<JsonElement> AcknowledgedAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Expected 200, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    /// <summary>An invited interview booked through the job's calendar: a slot of its own (one seat), as a candidate books it.</summary>
    private async Task<CandidateInterview> BookedInterviewAsync()
    {
        var interview = await InvitedInterviewAsync();
        // Soon enough that the booked window is open: the interview is started right after.
        var starts = DateTimeOffset.UtcNow.AddMinutes(10);
        var published = await api.Recruiter.PostAsJsonAsync($"/api/jobs/{DemoBank.Candidates[2].JobId}/slots",
            new { startsAt = starts, durationMinutes = 30, capacity = 1, bookingDeadline = starts.AddMinutes(-5) });
        Assert.Equal(HttpStatusCode.Created, published.StatusCode);
        var slotId = (await published.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        using var request = new HttpRequestMessage(HttpMethod.Post, CandidatePortalEndpoints.SlotRoute) { Content = JsonContent.Create(new { slotId }) };
        request.Headers.Add(CandidatePortalEndpoints.TokenHeader, interview.Token);
        var booked = await api.NewClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, booked.StatusCode);
        // Chunks are stored only under a consent that covers them: this one covers frames and audio.
        using var consent = new HttpRequestMessage(HttpMethod.Post, "/api/candidate/interview/consent")
        {
            Content = JsonContent.Create(new { face = true, voice = true, content = true, keepRecording = false, textVersion = PrivacyNotice.ConsentTextVersion, language = "zh" }),
        };
        consent.Headers.Add(CandidatePortalEndpoints.TokenHeader, interview.Token);
        Assert.Equal(HttpStatusCode.OK, (await api.NewClient().SendAsync(consent)).StatusCode);
        return interview;
    }

    /// <summary>A booked interview (consent given) the candidate has started, and whose first question they have begun.</summary>
    private async Task<CandidateInterview> AnsweringInterviewAsync()
    {
        var interview = await BookedInterviewAsync();
        var live = interview.AsLiveCandidate(Candidate);
        await live.PostOkAsync("/start");
        await live.PostOkAsync($"/questions/{interview.QuestionId}/begin");
        return interview;
    }

    private async Task<CandidateInterview> InvitedInterviewAsync()
    {
        var response = await api.Recruiter.PostAsJsonAsync($"/api/candidates/{Candidate}/interviews", new { expiresInDays = 3 });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var invitation = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = invitation.GetProperty("interviewId").GetGuid();
        var snapshot = await api.Recruiter.GetFromJsonAsync<JsonElement>($"/api/interviews/{id}");
        var questionId = snapshot.GetProperty("invitation").GetProperty("questionIds")[0].GetString()!;
        return new CandidateInterview(api, id, questionId, invitation.GetProperty("token").GetString()!);
    }

    private sealed partial record CandidateInterview(ApiFactory Api, Guid Id, string QuestionId, string Token)
    {
        public Task<HttpResponseMessage> PutAsync(int seq, string kind, string contentType, byte[] body) =>
            PutAsync(seq, kind, contentType, body, Token);

        public LiveCandidate AsLiveCandidate(Guid candidateId) => new(Api, candidateId, Id, Token, [QuestionId]);

        public Task<HttpResponseMessage> PutAsync(int seq, string kind, string contentType, byte[] body, string? token, int attempt = 0)
        {
            var content = new ByteArrayContent(body);
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            var request = new HttpRequestMessage(HttpMethod.Put, $"/api/interviews/{Id}/answers/{QuestionId}/chunks/{seq}?kind={kind}&attempt={attempt}") { Content = content };
            if (token is not null) request.Headers.TryAddWithoutValidation(CandidatePortalEndpoints.TokenHeader, token);
            return Api.NewClient().SendAsync(request);
        }
    }
}
