using System.Net;
using System.Net.Http.Headers;
using BankHire.Answers;
using BankHire.Hosting.Answers;
using BankHire.Web.Answers;
using BankHire.Web.CandidatePortal;

namespace BankHire.Tests.Api;

/// <summary>Several consecutive chunks in one upload (multipart/mixed): all checked before any is stored, each stored once.</summary>
public sealed partial class ChunkIngestTests
{
    private static byte[] Frame(byte marker) => [.. Jpeg, marker];

    [Fact]
    public async Task Four_frames_in_one_upload_are_stored_as_four_seqs_and_a_resend_of_them_is_stored_once()
    {
        var interview = await AnsweringInterviewAsync();
        await AcknowledgedAsync(await interview.PutAsync(0, "frame", "image/jpeg", Frame(0)));
        var frames = new[] { Frame(1), Frame(2), Frame(3), Frame(4) };

        var first = await AcknowledgedAsync(await interview.PutManyAsync(1, "frame", "image/jpeg", frames));
        var again = await AcknowledgedAsync(await interview.PutManyAsync(1, "frame", "image/jpeg", frames));

        Assert.Equal((true, 1, 4, 5), (first.GetProperty("stored").GetBoolean(), first.GetProperty("seq").GetInt32(),
            first.GetProperty("count").GetInt32(), first.GetProperty("nextExpectedSeq").GetInt32()));
        Assert.Empty(first.GetProperty("alreadyStoredSeqs").EnumerateArray());
        Assert.False(again.GetProperty("stored").GetBoolean());
        Assert.Equal([1, 2, 3, 4], again.GetProperty("alreadyStoredSeqs").EnumerateArray().Select(e => e.GetInt32()));
        var track = new AnswerTrack(interview.Id, interview.QuestionId, ChunkKind.Frame);
        Assert.Equal([0, 1, 2, 3, 4], await Store.ListAsync(track));
        for (var seq = 1; seq <= 4; seq++) Assert.Equal(frames[seq - 1], (await Store.ReadAsync(track, seq))!.Chunk.Payload);
    }

    [Fact]
    public async Task An_upload_after_a_gap_reports_the_gap_and_audio_parts_take_their_own_content_type()
    {
        var interview = await AnsweringInterviewAsync();

        var ack = await AcknowledgedAsync(await interview.PutManyAsync(2, "audio", "audio/L16;rate=16000", [[1, 0], [2, 0], [3, 0]]));

        Assert.Equal(0, ack.GetProperty("nextExpectedSeq").GetInt32());
        Assert.Equal([0, 1], ack.GetProperty("missingSeqs").EnumerateArray().Select(e => e.GetInt32()));
        var track = new AnswerTrack(interview.Id, interview.QuestionId, ChunkKind.Audio);
        Assert.Equal([2, 3, 4], await Store.ListAsync(track));
        Assert.Equal("audio/L16;rate=16000", (await Store.ReadAsync(track, 4))!.Chunk.ContentType);
    }

    [Fact]
    public async Task One_bad_part_refuses_the_whole_upload_naming_the_part_and_stores_none_of_it()
    {
        var interview = await AnsweringInterviewAsync();

        var problem = await ProblemAssert.IsProblemAsync(
            await interview.PutManyAsync(0, "frame", "image/jpeg", [Frame(1), Frame(2), [0x89, 0x50, 0x4E, 0x47], Frame(4)]), HttpStatusCode.BadRequest);

        Assert.Equal("body", problem.GetProperty("field").GetString());
        Assert.StartsWith("Part 3 (chunk 2):", problem.GetProperty("detail").GetString());
        Assert.Empty(await Store.ListAsync(new AnswerTrack(interview.Id, interview.QuestionId, ChunkKind.Frame)));
    }

    public static TheoryData<string, HttpStatusCode, string> BadUploads => new()
    {
        { "too many parts", HttpStatusCode.BadRequest, "body" },
        { "part too large", HttpStatusCode.RequestEntityTooLarge, "body" },
        { "part of the wrong type", HttpStatusCode.UnsupportedMediaType, "Content-Type" },
        { "no closing boundary", HttpStatusCode.BadRequest, "body" },
        { "no boundary", HttpStatusCode.BadRequest, "Content-Type" },
        { "no parts", HttpStatusCode.BadRequest, "body" },
        { "past the last seq", HttpStatusCode.BadRequest, "seq" },
    };

    [Theory]
    [MemberData(nameof(BadUploads))]
    public async Task A_malformed_upload_is_a_problem_naming_the_field_and_nothing_is_stored(string fault, HttpStatusCode expected, string field)
    {
        var interview = await AnsweringInterviewAsync();
        var response = fault switch
        {
            "too many parts" => await interview.PutManyAsync(0, "frame", "image/jpeg", [.. Enumerable.Range(0, ChunkUpload.MaxChunks + 1).Select(i => Frame((byte)i))]),
            "part too large" => await interview.PutManyAsync(0, "frame", "image/jpeg", [Frame(1), [.. Jpeg, .. new byte[ChunkBody.MaxBytes]]]),
            "part of the wrong type" => await interview.PutManyAsync(0, "frame", "image/png", [Frame(1)]),
            "no closing boundary" => await interview.PutRawAsync(0, "multipart/mixed; boundary=b1", "--b1\r\nContent-Type: image/jpeg\r\n\r\n\xff\xd8\xff"u8.ToArray()),
            "no boundary" => await interview.PutRawAsync(0, "multipart/mixed", Frame(1)),
            "no parts" => await interview.PutRawAsync(0, "multipart/mixed; boundary=b1", "--b1--\r\n"u8.ToArray()),
            "past the last seq" => await interview.PutManyAsync(ChunkIngestEndpoints.MaxSeq, "frame", "image/jpeg", [Frame(1), Frame(2)]),
            _ => throw new ArgumentOutOfRangeException(nameof(fault)),
        };

        var problem = await ProblemAssert.IsProblemAsync(response, expected);

        Assert.Equal(field, problem.GetProperty("field").GetString());
        Assert.Empty(await Store.ListAsync(new AnswerTrack(interview.Id, interview.QuestionId, ChunkKind.Frame)));
    }

    private sealed partial record CandidateInterview
    {
        public Task<HttpResponseMessage> PutManyAsync(int seq, string kind, string contentType, IReadOnlyList<byte[]> bodies)
        {
            var content = new MultipartContent("mixed", $"bankhire-{Guid.NewGuid():N}");
            foreach (var body in bodies)
            {
                var part = new ByteArrayContent(body);
                part.Headers.TryAddWithoutValidation("Content-Type", contentType);
                content.Add(part);
            }

            return SendAsync(seq, kind, content);
        }

        public Task<HttpResponseMessage> PutRawAsync(int seq, string contentType, byte[] body)
        {
            var content = new ByteArrayContent(body);
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            return SendAsync(seq, "frame", content);
        }

        private Task<HttpResponseMessage> SendAsync(int seq, string kind, HttpContent content)
        {
            var request = new HttpRequestMessage(HttpMethod.Put, $"/api/interviews/{Id}/answers/{QuestionId}/chunks/{seq}?kind={kind}&attempt=0") { Content = content };
            request.Headers.TryAddWithoutValidation(CandidatePortalEndpoints.TokenHeader, Token);
            return Api.NewClient().SendAsync(request);
        }
    }
}
