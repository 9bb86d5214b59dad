using BankHire.Analysis.Resumes.Candidates;
using BankHire.Analysis.Resumes.Extraction;
using BankHire.Analysis.Resumes.Intake;
using BankHire.Analysis.Resumes.Parsing;
using BankHire.Analysis.Resumes.Screening;
using BankHire.Analysis.Resumes.Validation;
using BankHire.Analysis.Scoring.Templates;
using BankHire.Analysis.Tests.Text;
using BankHire.Corpus.Handwritten;
using Xunit.Abstractions;

namespace BankHire.Analysis.Tests.Resumes;

/// <summary>
/// The hand-written, held-out corpus (tests/corpus/resumes-handwritten) screened against the shipped teller
/// template: accuracy of name, degree held, certificates held, tier and hidden-text flag, per language and
/// format. Nothing was tuned on it; the figures go to the Resumes README.
/// </summary>
public sealed class HeldOutCorpusTests(ITestOutputHelper output)
{
    private static readonly ResumeExtractor Extractor = new(TestLexicon.DomainOnly, new DateOnly(2026, 11, 1), TestIdNumbers.Hasher);
    private static readonly ResumeScreener Teller = new(new ScreeningPlan(JobTemplates.Load(JobTemplates.Teller), TestLexicon.DomainOnly));

    [Fact]
    public void Every_held_out_file_parses_and_its_labels_are_measured()
    {
        var labels = HandwrittenCorpus.Labels();
        Assert.True(labels.Count >= 16);
        var checks = new List<(string Field, string Language, string Format, bool Right, string Detail)>();
        var items = new List<ValidationItem>();
        foreach (var label in labels)
        {
            var item = Assert.Single(ResumeFileParser.Parse(new ResumeFile(label.File, HandwrittenCorpus.Bytes(label.File)), new IntakeLimits()));
            Assert.False(item.IsRejected, $"{label.File}: {item.Message}");
            var profile = Extractor.Extract(item.SourceName, item.Text!, item.HasPicture, item.Hidden);
            var result = Teller.Screen(profile);
            var degree = profile.HighestHeldDegree.ToString();
            var certificates = profile.Certificates.Select(c => c.Key).Distinct().Order().ToList();
            var tier = ScreeningTier.Of(result.Score, result.KnockedOut);
            items.Add(new ValidationItem(label.File, label.Language, label.Format, label.Tier, null, result.Score, result.KnockedOut, "", ""));
            void Check(string field, bool right, string detail) => checks.Add((field, label.Language, label.Format, right, $"{label.File} {field}: got {detail}"));
            Check("name", NameKey.Of(profile.Contact.Name) == NameKey.Of(label.Name), profile.Contact.Name ?? "(none)");
            Check("degree", degree == label.Degree, degree);
            Check("certificates", certificates.SequenceEqual(label.CertificatesHeld.Order()), string.Join(";", certificates));
            Check("tier", tier == label.Tier, $"{tier} ({result.Score}{(result.KnockedOut ? ", knocked out" : "")}), expected {label.Tier}");
            Check("hidden", result.StuffingDetected == label.HiddenText, result.StuffingDetected.ToString());
        }
        Report(checks);
        var agreement = ScreeningAgreement.Report(items);
        output.WriteLine(AgreementText.Of(agreement));
        // Floors well under the measured figures (README): they catch a regression, not a tuning target.
        Assert.True(checks.Count(c => c.Right) >= 0.85 * checks.Count);
        Assert.True(agreement.Overall.PairwiseAccuracy >= 0.75, AgreementText.Of(agreement));
        Assert.All(checks.Where(c => c.Field == "hidden"), c => Assert.True(c.Right, c.Detail));
    }

    private void Report(List<(string Field, string Language, string Format, bool Right, string Detail)> checks)
    {
        string Rate(IEnumerable<bool> r) { var l = r.ToList(); return $"{l.Count(x => x)}/{l.Count} = {l.Count(x => x) / (double)l.Count:P0}"; }
        foreach (var field in checks.Select(c => c.Field).Distinct())
        {
            var of = checks.Where(c => c.Field == field).ToList();
            output.WriteLine($"{field,-13} all {Rate(of.Select(c => c.Right))}; " +
                string.Join("; ", of.GroupBy(c => c.Language).Select(g => $"{g.Key} {Rate(g.Select(c => c.Right))}")) + "; " +
                string.Join("; ", of.GroupBy(c => c.Format).Select(g => $"{g.Key} {Rate(g.Select(c => c.Right))}")));
        }
        output.WriteLine($"{"all checks",-13} {Rate(checks.Select(c => c.Right))}");
        foreach (var miss in checks.Where(c => !c.Right)) output.WriteLine(miss.Detail);
    }
}
