using BankHire.Analysis.Resumes.Candidates;
using BankHire.Analysis.Resumes.Extraction;
using BankHire.Analysis.Tests.Text;
using Xunit.Abstractions;

namespace BankHire.Analysis.Tests.Resumes;

public sealed class HandwrittenResumeTests(ITestOutputHelper output)
{
    private static readonly ResumeExtractor Extractor = new(TestLexicon.DomainOnly, new DateOnly(2026, 11, 1), TestIdNumbers.Hasher);

    [Fact]
    public void Field_accuracy_on_hand_written_layouts()
    {
        var right = new Dictionary<string, int>();
        var failures = new List<string>();
        foreach (var r in HandwrittenResumes.All)
        {
            var p = Extractor.Extract(r.Id, r.Text.Replace("\r\n", "\n"));
            var education = p.Education.FirstOrDefault();
            var checks = new (string Field, bool Right, string Got)[]
            {
                ("name", NameKey.Of(p.Contact.Name) == NameKey.Of(r.Name), p.Contact.Name ?? "-"),
                ("phone", p.Contact.Phone == r.Phone, p.Contact.Phone ?? "-"),
                ("email", p.Contact.Email == r.Email, p.Contact.Email ?? "-"),
                ("school", education?.School == r.School, education?.School ?? "-"),
                ("degree", p.Education.Select(e => e.Degree).DefaultIfEmpty().Max() == r.HighestDegree, string.Join(",", p.Education.Select(e => e.Degree))),
                ("major", education?.Major == r.Major, education?.Major ?? "-"),
                ("graduation_year", education?.GraduationYear == r.GraduationYear, education?.GraduationYear?.ToString() ?? "-"),
                ("experience_organisation", p.Experience.Select(e => e.Organisation).SequenceEqual(r.Organisations), string.Join(" / ", p.Experience.Select(e => e.Organisation))),
                ("experience_months", p.Experience.Select(e => e.Months).SequenceEqual(r.Months), string.Join(",", p.Experience.Select(e => e.Months))),
                ("certificates", p.Certificates.Select(c => c.Key).Order().SequenceEqual(r.Certificates.Order()), string.Join(",", p.Certificates.Select(c => c.Key))),
                ("languages", p.Languages.Select(l => l.Test).Order().SequenceEqual(r.Languages.Order()), string.Join(",", p.Languages.Select(l => l.Test))),
                ("protected_removed", r.ProtectedValues.All(v => !p.ScreeningText.Contains(v)), string.Join(",", r.ProtectedValues.Where(p.ScreeningText.Contains))),
            };
            foreach (var (field, ok, got) in checks)
            {
                right[field] = right.GetValueOrDefault(field) + (ok ? 1 : 0);
                if (!ok) failures.Add($"{r.Id} {field}: got {got}");
            }
        }
        var n = HandwrittenResumes.All.Length;
        foreach (var (field, count) in right) output.WriteLine($"{field,-24} {count}/{n}");
        var overall = right.Values.Sum() / (double)(right.Count * n);
        output.WriteLine($"{"all fields",-24} {overall:P1}");
        foreach (var f in failures) output.WriteLine(f);

        Assert.True(overall >= 0.85, $"overall {overall:P1}\n{string.Join("\n", failures)}");
        Assert.Equal(n, right["protected_removed"]);
        Assert.Equal(n, right["phone"]);
        Assert.Equal(n, right["email"]);
    }
}
