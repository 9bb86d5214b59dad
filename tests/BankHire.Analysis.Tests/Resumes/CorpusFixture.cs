using System.Text;
using BankHire.Analysis.Resumes.Candidates;
using BankHire.Analysis.Resumes.Extraction;
using BankHire.Analysis.Resumes.Intake;
using BankHire.Analysis.Resumes.Parsing;
using BankHire.Analysis.Resumes.Screening;
using BankHire.Analysis.Tests.Text;
using BankHire.Corpus;

namespace BankHire.Analysis.Tests.Resumes;

/// <summary>
/// The generated corpus, imported once: 36 resumes, 3 of them uploaded a second time in another format,
/// and a roster that repeats 2 of them and adds 2 new people, all inside one ZIP.
/// </summary>
public sealed class CorpusFixture
{
    public CorpusFixture()
    {
        Specs = CorpusBuilder.Build();
        var entries = Specs.Select(s => (s.FileName, CorpusFiles.Bytes(s))).ToList();
        foreach (var (spec, format) in new[] { (Specs[0], CorpusFormat.Docx), (Specs[7], CorpusFormat.Pdf), (Specs[14], CorpusFormat.Txt) })
            entries.Add(($"again/{spec.Id}{(format == CorpusFormat.Docx ? ".docx" : format == CorpusFormat.Pdf ? ".pdf" : ".txt")}", CorpusFiles.Bytes(spec, format)));
        var roster = new StringBuilder("姓名,性别,手机,邮箱,毕业院校,专业,学历,笔试成绩\n");
        foreach (var spec in new[] { Specs[2], Specs[3] })
            roster.AppendLine($"{spec.Name},女,{spec.Phone},,{spec.Education[0].School},{spec.Education[0].Major.Zh},本科,{80 + spec.Id.Length}");
        roster.AppendLine("新同学甲,男,13300000001,,四川大学,金融学,本科,77\n新同学乙,女,13300000002,,厦门大学,会计学,硕士,91");
        entries.Add(("roster.csv", PlainTextDecoder.Gb18030.GetBytes(roster.ToString())));

        Extractor = new ResumeExtractor(TestLexicon.DomainOnly, CorpusBuilder.AsOf, TestIdNumbers.Hasher);
        Registry = new CandidateRegistry();
        Results = new ResumeIntake(Extractor, new IntakeLimits()).Import([new ResumeFile("corpus.zip", ParsingTestFiles.Zip([.. entries]))], Registry);
        Screener = new ResumeScreener(new ScreeningPlan(CorpusJobModels.Teller, TestLexicon.DomainOnly));
    }

    public List<ResumeSpec> Specs { get; }

    public ResumeExtractor Extractor { get; }

    public CandidateRegistry Registry { get; }

    public List<IntakeResult> Results { get; }

    public ResumeScreener Screener { get; }

    public ResumeProfile ProfileOf(ResumeSpec spec) =>
        Registry.Candidates.SelectMany(c => c.Sources).Single(p => p.SourceName == $"corpus.zip/{spec.FileName}");

    public Candidate CandidateOf(ResumeSpec spec) =>
        Registry.Candidates.Single(c => c.SourceNames.Contains($"corpus.zip/{spec.FileName}"));
}
