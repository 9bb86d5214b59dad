using BankHire.Analysis.Resumes.Candidates;
using BankHire.Analysis.Resumes.Extraction;
using BankHire.Analysis.Resumes.Intake;
using BankHire.Analysis.Resumes.Parsing;
using BankHire.Analysis.Resumes.Screening;
using BankHire.Analysis.Text.Lexicon;
using BankHire.Corpus;
using BenchmarkDotNet.Attributes;

namespace BankHire.Benchmarks.Resumes;

/// <summary>
/// Resumes per second, one thread: parse (PDF/DOCX/TXT as the corpus mixes them) + extract + screen
/// against the teller model, and screening alone. Each operation is a batch; BenchmarkDotNet reports
/// the time per resume (OperationsPerInvoke), so resumes/s = 1 / mean.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 6)]
public class ResumeScreeningBenchmarks
{
    private const int Batch = 1_000;

    private List<ResumeFile> files = [];
    private List<ResumeProfile> profiles = [];
    private ResumeExtractor extractor = null!;
    private ResumeScreener screener = null!;
    private readonly IntakeLimits limits = new();

    [Params("mixed", "txt", "docx", "pdf")]
    public string Format { get; set; } = "mixed";

    [GlobalSetup]
    public void Setup()
    {
        var lexicon = TextLexicon.Create();
        extractor = new ResumeExtractor(lexicon, CorpusBuilder.AsOf, new IdNumberHasher(new byte[32]));
        screener = new ResumeScreener(new ScreeningPlan(CorpusJobModels.Teller, lexicon));
        var specs = CorpusBuilder.Build(Batch, seed: 7);
        files = specs.Select(s => new ResumeFile(s.FileName, CorpusFiles.Bytes(s, FormatFor(s)))).ToList();
        profiles = specs.Select(s => extractor.Extract(s.Id, CorpusFiles.Text(s))).ToList();
    }

    private CorpusFormat FormatFor(ResumeSpec spec) => Format switch
    {
        "txt" => CorpusFormat.Txt,
        "docx" => CorpusFormat.Docx,
        "pdf" => CorpusFormat.Pdf,
        _ => spec.Format,
    };

    [Benchmark(OperationsPerInvoke = Batch)]
    public double ParseExtractScreen()
    {
        var total = 0.0;
        var registry = new CandidateRegistry();
        foreach (var file in files)
            foreach (var item in ResumeFileParser.Parse(file, limits))
            {
                if (item.Text is null) continue;
                var profile = extractor.Extract(item.SourceName, item.Text, item.HasPicture, item.Hidden);
                registry.Add(profile);
                total += screener.Screen(profile).Score;
            }
        return total;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public double ScreenOnly()
    {
        var total = 0.0;
        foreach (var profile in profiles) total += screener.Screen(profile).Score;
        return total;
    }
}
