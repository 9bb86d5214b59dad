using BankHire.Analysis.Features;
using BankHire.Analysis.Scoring.Explanations;
using BankHire.Analysis.Scoring.Json;
using BankHire.Analysis.Scoring.Rubric;
using BankHire.Analysis.Scoring.Templates;
using BenchmarkDotNet.Attributes;

namespace BankHire.Benchmarks.Scoring;

/// <summary>
/// Scoring 10,000 different interviews with a shipped template: the rubric alone, with face consent withdrawn
/// (the redistribution path), with the four explanations, and the whole wire document. Per core.
/// </summary>
[Config(typeof(ScoringBenchmarkConfig))]
public class ScoringBenchmarks
{
    private const int Interviews = 10_000;
    private static readonly ScoringContext NoFace = new(FaceConsent: false, VoiceConsent: true, ContentConsent: true);

    private RubricScorer _scorer = null!;
    private FeatureValue[][] _interviews = null!;
    private ScoreReport[] _reports = null!;

    [Params(JobTemplates.Teller, JobTemplates.RiskAnalyst)]
    public string Template { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _scorer = new RubricScorer(JobTemplates.Load(Template), 1);
        _interviews = BenchmarkInterviews.Create(Interviews);
        _reports = [.. _interviews.Select(features => _scorer.Score(features, ScoringContext.AllConsents))];
        if (_reports.Any(r => r.OverallScore is null))
            throw new InvalidOperationException("Every benchmark interview must be scorable.");
    }

    [Benchmark(Description = "Rubric: features → report", OperationsPerInvoke = Interviews)]
    public double Score()
    {
        var sum = 0.0;
        foreach (var features in _interviews)
            sum += _scorer.Score(features, ScoringContext.AllConsents).OverallScore ?? 0;
        return sum;
    }

    [Benchmark(Description = "Rubric without face consent (redistribution)", OperationsPerInvoke = Interviews)]
    public double ScoreWithoutFaceConsent()
    {
        var sum = 0.0;
        foreach (var features in _interviews)
            sum += _scorer.Score(features, NoFace).OverallScore ?? 0;
        return sum;
    }

    [Benchmark(Description = "Four explanations (HR and candidate, zh and en)", OperationsPerInvoke = Interviews)]
    public int Explain()
    {
        var lines = 0;
        foreach (var report in _reports)
            lines += ScoreExplanations.For(report).HrZh.Lines.Count;
        return lines;
    }

    [Benchmark(Description = "Features → report → explanations → JSON", OperationsPerInvoke = Interviews)]
    public long ScoreExplainAndSerialize()
    {
        var length = 0L;
        foreach (var features in _interviews)
            length += ScoreReportJson.Serialize(_scorer.Score(features, ScoringContext.AllConsents)).Length;
        return length;
    }
}
