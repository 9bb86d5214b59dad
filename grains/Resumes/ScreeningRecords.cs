using System.Collections.Immutable;
using System.Globalization;
using BankHire.Analysis.Resumes.Candidates;
using BankHire.Analysis.Resumes.Ranking;
using BankHire.Analysis.Resumes.Screening;
using BankHire.Analysis.Scoring.Model;
using BankHire.Candidates;

namespace BankHire.Resumes;

/// <summary>Turns the library's screening of one person into what the candidate grain and the ranking keep.</summary>
public static class ScreeningRecords
{
    /// <summary>Shown instead of a name when the resume gives none that could be read with confidence.</summary>
    public const string NameNotFound = "（未识别姓名）name not found";

    public static ResumeScreening Screening(string jobId, int rubricVersion, Candidate person, ScreeningResult result, DateTimeOffset at) => new(
        jobId,
        rubricVersion,
        result.Score,
        result.KnockedOut,
        result.StuffingDetected,
        [.. result.Parts.Select(Line)],
        [.. person.SourceNames],
        [.. person.Profile.ProtectedAttributesRemoved.Select(a => a.ToString()).Distinct()],
        at,
        [.. person.Profile.Skills.Select(s => s.Key).Distinct()]);

    public static RankingFacts Facts(string name, int rubricVersion, Candidate person, ScreeningResult result)
    {
        var entry = RankingEntry.From(person, result);
        return new RankingFacts(
            name, rubricVersion, entry.Score, entry.KnockedOut, (int)entry.HighestDegree, entry.ExperienceYears,
            [.. entry.Certificates], entry.WrittenTestScore, entry.HasBankExperience, [.. entry.LanguageTests ?? []],
            Summary(result, zh: true), Summary(result, zh: false));
    }

    public static RankingEntry Entry(Guid candidateId, RankingFacts facts) => new(
        candidateId.ToString(), facts.Score, facts.KnockedOut, (DegreeLevel)facts.HighestDegree, facts.ExperienceYears,
        facts.Certificates, facts.WrittenTestScore, facts.HasBankExperience, facts.LanguageTests);

    /// <summary>One line: the score and each part's points, and the must-haves that are missing.</summary>
    public static string Summary(ScreeningResult result, bool zh)
    {
        string Points(ScreeningPartKind kind)
        {
            var parts = result.Parts.Where(p => p.Kind == kind).ToList();
            return $"{Number(parts.Sum(p => p.Points))}/{Number(parts.Sum(p => p.MaxPoints))}";
        }
        var missing = result.Parts.Where(p => p.Kind == ScreeningPartKind.Knockout && !p.Met).Select(p => zh ? p.LabelZh : p.LabelEn).ToList();
        var line = zh
            ? $"{Number(result.Score)} 分 · 胜任力证据 {Points(ScreeningPartKind.Competency)} · 经验 {Points(ScreeningPartKind.Experience)} · 学历 {Points(ScreeningPartKind.Education)} · 加分项 {Points(ScreeningPartKind.NiceToHave)}"
            : $"{Number(result.Score)}/100 · competency evidence {Points(ScreeningPartKind.Competency)} · experience {Points(ScreeningPartKind.Experience)} · education {Points(ScreeningPartKind.Education)} · nice-to-haves {Points(ScreeningPartKind.NiceToHave)}";
        if (missing.Count > 0) line += zh ? $" · 缺少必备条件：{string.Join("、", missing)}" : $" · missing must-have: {string.Join(", ", missing)}";
        if (result.StuffingDetected) line += zh ? " · 检测到关键词堆砌（不计分）" : " · keyword stuffing detected (not counted)";
        if (result.Parts.FirstOrDefault(p => p.Kind == ScreeningPartKind.HiddenText) is { } hidden) line += " · " + (zh ? hidden.ExplanationZh : hidden.ExplanationEn);
        return line;
    }

    private static ScreeningLine Line(ScreeningPart part) => new(
        part.Kind.ToString(), part.Key, part.LabelZh, part.LabelEn, part.Points, part.MaxPoints, part.Met,
        part.ExplanationZh, part.ExplanationEn, [.. part.Evidence.Select(s => new EvidenceSpan(s.Start, s.Length, s.Snippet))]);

    private static string Number(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
