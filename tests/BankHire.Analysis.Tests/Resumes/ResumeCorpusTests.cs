using BankHire.Analysis.Resumes.Intake;
using BankHire.Analysis.Resumes.Ranking;
using BankHire.Analysis.Resumes.Validation;
using BankHire.Analysis.Scoring.Model;
using BankHire.Corpus;
using Xunit.Abstractions;

namespace BankHire.Analysis.Tests.Resumes;

public sealed class ResumeCorpusTests(CorpusFixture corpus, ITestOutputHelper output) : IClassFixture<CorpusFixture>
{
    [Fact]
    public void Corpus_has_at_least_30_resumes_in_both_languages_and_every_format()
    {
        Assert.True(corpus.Specs.Count >= 30);
        Assert.Equal(18, corpus.Specs.Count(s => s.Chinese));
        foreach (var format in Enum.GetValues<CorpusFormat>())
            Assert.True(corpus.Specs.Count(s => s.Format == format) >= 5, $"{format}: {corpus.Specs.Count(s => s.Format == format)}");
        Assert.Contains(corpus.Specs, s => s.Chinese && s.Format == CorpusFormat.Pdf);
    }

    [Fact]
    public void Every_file_is_imported_and_duplicates_merge()
    {
        Assert.DoesNotContain(corpus.Results, r => r.Status == IntakeStatus.Rejected);
        Assert.Equal(36 + 3 + 4, corpus.Results.Count);
        Assert.Equal(5, corpus.Results.Count(r => r.Status == IntakeStatus.Duplicate));
        Assert.Equal(38, corpus.Registry.Count);
        Assert.Equal(2, corpus.CandidateOf(corpus.Specs[0]).Sources.Count);
        Assert.NotNull(corpus.CandidateOf(corpus.Specs[2]).Profile.WrittenTestScore);
    }

    [Fact]
    public void Field_extraction_accuracy_meets_its_floor()
    {
        var fields = new Dictionary<string, (int Right, int Total)>();
        void Check(string field, bool right)
        {
            var (r, t) = fields.GetValueOrDefault(field);
            fields[field] = (r + (right ? 1 : 0), t + 1);
        }
        var failures = new List<string>();
        foreach (var spec in corpus.Specs)
        {
            var p = corpus.ProfileOf(spec);
            var education = p.Education.FirstOrDefault();
            var expected = spec.Education[0];
            var checks = new (string Field, bool Right, string Detail)[]
            {
                ("name", p.Contact.Name == spec.Name, p.Contact.Name ?? "-"),
                ("phone", p.Contact.Phone == spec.Phone, p.Contact.Phone ?? "-"),
                ("email", p.Contact.Email == spec.Email, p.Contact.Email ?? "-"),
                ("school", education?.School == expected.School, education?.School ?? "-"),
                ("degree", (int?)education?.Degree == (int)expected.Degree, education?.Degree.ToString() ?? "-"),
                ("major", education?.Major == expected.Major.Key, education?.Major ?? "-"),
                ("graduation_year", education?.GraduationYear == expected.GraduationYear, education?.GraduationYear?.ToString() ?? "-"),
                ("experience_items", p.Experience.Count == spec.Experience.Count, p.Experience.Count.ToString()),
                ("experience_months", p.Experience.Select(e => e.Months).SequenceEqual(spec.Experience.Select(e => spec.MonthsOf(e, CorpusBuilder.AsOf))), string.Join(",", p.Experience.Select(e => e.Months))),
                ("experience_organisation", p.Experience.Select(e => e.Organisation).SequenceEqual(spec.Experience.Select(e => e.Organisation)), string.Join(",", p.Experience.Select(e => e.Organisation))),
                ("certificates", p.Certificates.Select(c => c.Key).Order().SequenceEqual(spec.Certificates.Select(c => c.Key).Order()), string.Join(",", p.Certificates.Select(c => c.Key))),
                ("languages", p.Languages.Select(l => l.Test).Order().SequenceEqual(spec.Languages.Select(l => l.Test).Order()), string.Join(",", p.Languages.Select(l => l.Test))),
                ("protected_removed", spec.ProtectedFacts.All(f => !p.ScreeningText.Contains(f.Value)) && (spec.IdNumber is null || !p.ScreeningText.Contains(spec.IdNumber)), ""),
            };
            foreach (var (field, right, detail) in checks)
            {
                Check(field, right);
                if (!right) failures.Add($"{spec.Id} {spec.Format} {field}: got {detail}");
            }
        }
        var total = fields.Values.Sum(f => f.Right) / (double)fields.Values.Sum(f => f.Total);
        foreach (var (field, (right, count)) in fields) output.WriteLine($"{field,-24} {right,3}/{count} = {right / (double)count:P1}");
        output.WriteLine($"{"all fields",-24} {total:P1}");
        foreach (var failure in failures) output.WriteLine(failure);

        Assert.True(total >= 0.95, $"overall accuracy {total:P1}\n{string.Join("\n", failures)}");
        Assert.All(fields, f => Assert.True(f.Value.Right >= 0.85 * f.Value.Total, $"{f.Key}: {f.Value.Right}/{f.Value.Total}\n{string.Join("\n", failures)}"));
        Assert.Equal(fields["protected_removed"].Total, fields["protected_removed"].Right);
    }

    [Fact]
    public void Teller_screening_puts_every_resume_in_its_expected_tier()
    {
        var wrong = new List<string>();
        foreach (var spec in corpus.Specs)
        {
            var result = corpus.Screener.Screen(corpus.ProfileOf(spec));
            var tier = result.KnockedOut ? 'C' : result.Score >= 65 ? 'A' : result.Score >= 40 ? 'B' : 'C';
            output.WriteLine($"{spec.Id} {spec.Archetype,-16} {(spec.Chinese ? "zh" : "en")} {spec.Format,-6} score {result.Score,5} tier {tier} expected {spec.ExpectedTier}");
            if (tier != spec.ExpectedTier) wrong.Add($"{spec.Id} {spec.Archetype}: {result.Score} → {tier}, expected {spec.ExpectedTier}\n  {string.Join("\n  ", result.Parts.Select(p => p.ExplanationEn))}");
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        var items = corpus.Specs.Select(spec =>
        {
            var result = corpus.Screener.Screen(corpus.ProfileOf(spec));
            return new ValidationItem(spec.Id, spec.Chinese ? "zh" : "en", spec.Format.ToString().ToLowerInvariant(), spec.ExpectedTier, null, result.Score, result.KnockedOut, "", "");
        }).ToList();
        output.WriteLine(AgreementText.Of(ScreeningAgreement.Report(items)));
    }

    [Fact]
    public void Changing_protected_facts_changes_no_score_in_the_corpus()
    {
        foreach (var spec in corpus.Specs)
        {
            var other = spec with
            {
                ProtectedFacts = spec.Chinese
                    ? [("性别", "男"), ("出生年月", "1985.11"), ("民族", "维吾尔族"), ("婚姻状况", "已婚"), ("籍贯", "新疆喀什"), ("宗教信仰", "伊斯兰教")]
                    : [("Gender", "Female"), ("Date of Birth", "1980-01-01"), ("Marital Status", "Divorced"), ("Religion", "Catholic")],
                IdNumber = spec.Chinese ? "653101198511110022" : null,
            };
            var item = Assert.Single(BankHire.Analysis.Resumes.Parsing.ResumeFileParser.Parse(new ResumeFile(other.FileName, CorpusFiles.Bytes(other)), new IntakeLimits()));
            var original = corpus.Screener.Screen(corpus.ProfileOf(spec));
            var changed = corpus.Screener.Screen(corpus.Extractor.Extract(item.SourceName, item.Text!, item.HasPicture, item.Hidden));
            Assert.Equal(original.Score, changed.Score);
            Assert.Equal(original.Parts.Select(p => (p.Points, p.ExplanationZh, p.ExplanationEn)), changed.Parts.Select(p => (p.Points, p.ExplanationZh, p.ExplanationEn)));
            // Same spans at the same offsets: the protected lines left no trace in the screening text.
            Assert.Equal(original.Parts.SelectMany(p => p.Evidence), changed.Parts.SelectMany(p => p.Evidence));
        }
    }

    [Fact]
    public void Keyword_stuffers_never_outrank_bank_tellers()
    {
        var scores = corpus.Specs.ToDictionary(s => s, s => corpus.Screener.Screen(corpus.ProfileOf(s)));
        var bestStuffer = corpus.Specs.Where(s => s.Archetype == Archetype.KeywordStuffer).Max(s => scores[s].Score);
        var worstTeller = corpus.Specs.Where(s => s.Archetype == Archetype.BankTeller).Min(s => scores[s].Score);
        Assert.True(bestStuffer < worstTeller, $"best stuffer {bestStuffer}, worst teller {worstTeller}");
        Assert.All(corpus.Specs.Where(s => s.Archetype == Archetype.KeywordStuffer), s => Assert.True(scores[s].StuffingDetected));
    }

    [Fact]
    public void Ranking_the_corpus_puts_tellers_on_top_and_associates_out()
    {
        var entries = corpus.Registry.Candidates.Select(c => RankingEntry.From(c, corpus.Screener.Screen(c.Profile))).ToList();
        var top = CandidateRanker.Rank(entries, RankingFilter.Default, top: 6);
        var tellerIds = corpus.Specs.Where(s => s.Archetype == Archetype.BankTeller).Select(s => corpus.CandidateOf(s).Id).ToHashSet();
        Assert.All(top, r => Assert.Contains(r.Entry.CandidateId, tellerIds));
        var all = CandidateRanker.Rank(entries, RankingFilter.Default);
        Assert.All(corpus.Specs.Where(s => s.Archetype == Archetype.AssociateDegree), s => Assert.DoesNotContain(all, r => r.Entry.CandidateId == corpus.CandidateOf(s).Id));
        Assert.All(all, r => Assert.True(r.Entry.HighestDegree >= DegreeLevel.Bachelor));
    }
}
