using System.Text;
using BankHire.Analysis.Resumes.Candidates;
using BankHire.Analysis.Resumes.Extraction;
using BankHire.Analysis.Resumes.Intake;
using BankHire.Analysis.Resumes.Parsing;
using BankHire.Analysis.Tests.Text;
using BankHire.Corpus;

namespace BankHire.Analysis.Tests.Resumes;

public sealed class ResumeIntakeTests
{
    private static readonly ResumeIntake Intake = new(new ResumeExtractor(TestLexicon.DomainOnly, new DateOnly(2026, 11, 1), TestIdNumbers.Hasher), new IntakeLimits());

    [Fact]
    public void Same_person_as_txt_docx_and_roster_row_is_merged_into_one_candidate()
    {
        var registry = new CandidateRegistry();
        var roster = "姓名,手机,学校,专业,学历,笔试成绩\n王晓雨,13812345678,西南财经大学,金融学,本科,88\n李明,13700000000,四川大学,会计学,本科,75\n";
        var results = Intake.Import(
        [
            new ResumeFile("王晓雨.txt", Encoding.UTF8.GetBytes(SampleResumes.Chinese)),
            new ResumeFile("wang-copy.docx", DocxWriter.Write(SampleResumes.Chinese.Replace("+86 138-1234-5678", "13812345678"))),
            new ResumeFile("roster.csv", PlainTextDecoder.Gb18030.GetBytes(roster)),
        ], registry);

        Assert.Equal(
            [("王晓雨.txt", IntakeStatus.Parsed, null), ("wang-copy.docx", IntakeStatus.Duplicate, "王晓雨.txt"), ("roster.csv#2", IntakeStatus.Duplicate, "王晓雨.txt"), ("roster.csv#3", IntakeStatus.Parsed, null)],
            results.Select(r => (r.SourceName, r.Status, r.MergedInto)));
        Assert.Equal(2, registry.Count);
        var wang = registry.Candidates.First();
        Assert.Equal(3, wang.Sources.Count);
        Assert.Equal(88, wang.Profile.WrittenTestScore);
        Assert.Equal(2, wang.Profile.Experience.Count);
    }

    [Fact]
    public void Matching_email_with_the_name_in_another_word_order_is_the_same_person()
    {
        var registry = new CandidateRegistry();
        var other = "Chen Daniel\nEmail: DANIEL.CHEN@example.com\nEducation\nFudan University, Master of Finance, 2019";
        var results = Intake.Import([new ResumeFile("a.txt", Encoding.UTF8.GetBytes(SampleResumes.English)), new ResumeFile("b.txt", Encoding.UTF8.GetBytes(other))], registry);
        Assert.Equal(IntakeStatus.Duplicate, results[1].Status);
        Assert.Equal(1, registry.Count);
    }

    [Fact]
    public void Shared_phone_with_a_different_name_stays_two_people()
    {
        var registry = new CandidateRegistry();
        var sister = "王晓云\n手机：13812345678\n教育背景\n2018.09 - 2022.06 四川大学 会计学 本科";
        Intake.Import([new ResumeFile("a.txt", Encoding.UTF8.GetBytes(SampleResumes.Chinese)), new ResumeFile("b.txt", Encoding.UTF8.GetBytes(sister))], registry);
        Assert.Equal(2, registry.Count);
    }

    [Fact]
    public void Chinese_and_english_resumes_of_one_person_merge_only_when_phone_and_email_both_agree()
    {
        var registry = new CandidateRegistry();
        var english = "Xiaoyu Wang\nPhone: 13812345678 | Email: wang.xy@example.com\nEducation\nSouthwestern University of Finance and Economics, Bachelor of Finance, 2020";
        var phoneOnly = "Xiaoyun Wang\nPhone: 13812345678 | Email: other@example.com";
        var results = Intake.Import(
        [
            new ResumeFile("zh.txt", Encoding.UTF8.GetBytes(SampleResumes.Chinese)),
            new ResumeFile("en.txt", Encoding.UTF8.GetBytes(english)),
            new ResumeFile("sister.txt", Encoding.UTF8.GetBytes(phoneOnly)),
        ], registry);
        Assert.Equal([IntakeStatus.Parsed, IntakeStatus.Duplicate, IntakeStatus.Parsed], results.Select(r => r.Status));
        Assert.Equal(2, registry.Count);
    }

    [Fact]
    public void Same_id_number_is_the_same_person_even_with_new_phone_and_name_spelling()
    {
        var registry = new CandidateRegistry();
        var again = "Wang Xiaoyu\n身份证号：510104199801011234\n手机：13999999999";
        var results = Intake.Import([new ResumeFile("a.txt", Encoding.UTF8.GetBytes(SampleResumes.Chinese)), new ResumeFile("b.txt", Encoding.UTF8.GetBytes(again))], registry);
        Assert.Equal(IntakeStatus.Duplicate, results[1].Status);
    }

    [Fact]
    public void Every_source_gets_one_result_and_rejections_register_nobody()
    {
        var registry = new CandidateRegistry();
        var zip = ParsingTestFiles.Zip(("ok.txt", Encoding.UTF8.GetBytes(SampleResumes.English)), ("empty.txt", []), ("x.exe", [0x4D, 0x5A, 0, 0]));
        var progress = new List<int>();
        var results = Intake.Import([new ResumeFile("batch.zip", zip), new ResumeFile("secret.pdf", ParsingTestFiles.EncryptedPdf())], registry, new SynchronousProgress(progress));
        Assert.Equal(
            [(IntakeStatus.Parsed, (RejectionReason?)null), (IntakeStatus.Rejected, RejectionReason.Empty), (IntakeStatus.Rejected, RejectionReason.UnsupportedType), (IntakeStatus.Rejected, RejectionReason.Encrypted)],
            results.Select(r => (r.Status, r.Reason)));
        Assert.Equal(1, registry.Count);
        Assert.Equal([1, 2], progress);
    }

    private sealed class SynchronousProgress(List<int> into) : IProgress<int>
    {
        public void Report(int value) => into.Add(value);
    }
}
