using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using BankHire.Analysis.Scoring.Templates;
using BankHire.Corpus;
using static BankHire.Tests.Api.ResumeUploads;

namespace BankHire.Tests.Api;

/// <summary>HR checks the screening against its own labels: figures per version and for a draft, stored runs, and bad uploads as ProblemDetails.</summary>
[Collection(ApiCollection.Name)]
public sealed class ScreeningValidationApiTests(ApiFactory api)
{
    private static readonly (string Name, byte[] Content)[] Resumes =
        [File(Resume(Archetype.BankTeller)), File(Resume(Archetype.ServiceWorker, chinese: false)), File(Resume(Archetype.Unrelated)), File(Resume(Archetype.AssociateDegree, chinese: false))];

    /// <summary>HR agrees with the corpus labels except that it rates the unrelated resume A.</summary>
    private static string Labels() =>
        "文件名,档次\n" + string.Join("\n", Resumes.Select((r, i) => $"{r.Name},{(i == 2 ? "A" : i == 0 ? "A" : i == 1 ? "B" : "C")}"));

    private static MultipartFormDataContent Upload(string? labels, (string Name, byte[] Content)[]? files = null, params (string Field, string Value)[] fields)
    {
        var form = Form(files ?? Resumes);
        if (labels is not null)
        {
            var part = new ByteArrayContent(Encoding.UTF8.GetBytes(labels));
            part.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            form.Add(part, "labels", "labels.csv");
        }
        foreach (var (field, value) in fields) form.Add(new StringContent(value), field);
        return form;
    }

    private async Task<JsonElement> RunAsync(string job, MultipartFormDataContent form)
    {
        var response = await api.Recruiter.PostAsync($"/api/jobs/{job}/screening-validations", form);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    [Fact]
    public async Task A_labelled_set_gives_the_figures_per_language_and_format_and_the_pairs_ordered_against_HR()
    {
        var job = await NewTellerJobAsync(api.Recruiter);
        var run = await RunAsync(job, Upload(Labels()));

        Assert.Equal(1, run.GetProperty("rubricVersion").GetInt32());
        Assert.False(run.GetProperty("draft").GetBoolean());
        var overall = run.GetProperty("overall");
        Assert.Equal(4, overall.GetProperty("count").GetInt32());
        // The figure is the share of resumes whose tiers agree; the unrelated resume HR rated A is a C for the model.
        var resumes = run.GetProperty("resumes").EnumerateArray().ToList();
        var agreeing = resumes.Count(r => r.GetProperty("hrTier").GetString() == r.GetProperty("modelTier").GetString());
        Assert.Equal(agreeing / 4.0, overall.GetProperty("tierAgreement").GetDouble());
        Assert.Equal("C", resumes.Single(r => r.GetProperty("file").GetString() == Resumes[2].Name).GetProperty("modelTier").GetString());
        Assert.InRange(overall.GetProperty("pairwiseAccuracy").GetDouble(), 0, 0.99);
        Assert.Equal(["en", "zh"], run.GetProperty("byLanguage").EnumerateArray().Select(g => g.GetProperty("group").GetString()).Order());
        Assert.True(run.GetProperty("byFormat").GetArrayLength() >= 2);
        var pair = run.GetProperty("discordantPairs").EnumerateArray().First(p => p.GetProperty("preferredByHr").GetProperty("file").GetString() == Resumes[2].Name);
        Assert.NotEmpty(pair.GetProperty("preferredByHr").GetProperty("explanationZh").GetString()!);
        Assert.NotEmpty(pair.GetProperty("preferredByModel").GetProperty("explanationEn").GetString()!);

        var listed = JsonDocument.Parse(await api.Recruiter.GetStringAsync($"/api/jobs/{job}/screening-validations")).RootElement;
        Assert.Equal(run.GetProperty("id").GetString(), listed[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_draft_model_is_validated_before_it_is_saved_and_a_stored_version_can_be_chosen()
    {
        var job = await NewTellerJobAsync(api.Recruiter);
        var draft = JobTemplates.LoadJson(JobTemplates.Teller).Replace("\"minimumDegree\": \"Bachelor\"", "\"minimumDegree\": \"Associate\"", StringComparison.Ordinal);
        var drafted = await RunAsync(job, Upload(Labels(), null, ("draftModel", draft)));
        Assert.True(drafted.GetProperty("draft").GetBoolean());
        Assert.Equal(JsonValueKind.Null, drafted.GetProperty("rubricVersion").ValueKind);
        var associate = drafted.GetProperty("resumes").EnumerateArray().Single(r => r.GetProperty("file").GetString() == Resumes[3].Name);
        Assert.False(associate.GetProperty("knockedOut").GetBoolean()); // the draft accepts an associate degree

        var versions = JsonDocument.Parse(await api.Recruiter.GetStringAsync($"/api/jobs/{job}/versions")).RootElement;
        Assert.Equal(1, versions.GetArrayLength()); // the draft was not saved
        var chosen = await RunAsync(job, Upload(Labels(), null, ("rubricVersion", "1")));
        Assert.Equal(1, chosen.GetProperty("rubricVersion").GetInt32());
    }

    [Fact]
    public async Task Bad_validation_uploads_are_400s_naming_the_field()
    {
        const string Job = "teller-2027-campus";
        async Task Expect(MultipartFormDataContent form, string field, string? mentions = null)
        {
            var problem = await ProblemAssert.IsProblemAsync(await api.Recruiter.PostAsync($"/api/jobs/{Job}/screening-validations", form), HttpStatusCode.BadRequest);
            Assert.Equal(field, problem.GetProperty("field").GetString());
            if (mentions is not null) Assert.Contains(mentions, problem.GetProperty("detail").GetString());
        }
        await Expect(Upload(null), "labels");
        await Expect(Upload(Labels() + "\nnot-uploaded.pdf,B"), "labels", "not-uploaded.pdf");
        await Expect(Upload(Labels().Replace(",B", ",excellent")), "labels", "row 3");
        await Expect(Upload(string.Join("\n", Labels().Split('\n').SkipLast(1))), "files", Resumes[3].Name);
        await Expect(Upload(Labels(), null, ("rubricVersion", "99")), "rubricVersion");
        await Expect(Upload(Labels(), null, ("draftModel", "{\"jobCode\":")), "draftModel");
        await ProblemAssert.IsProblemAsync(await api.Recruiter.PostAsync("/api/jobs/no-such-job/screening-validations", Upload(Labels())), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await api.Recruiter.GetAsync("/api/jobs/no-such-job/screening-validations"), HttpStatusCode.NotFound);
    }
}
