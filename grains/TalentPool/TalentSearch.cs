using System.Collections.Immutable;
using BankHire.Analysis.Scoring.Model;
using BankHire.Analysis.TalentPool;
using BankHire.Candidates;

namespace BankHire.TalentPool;

/// <summary>Groups the pool's records by person, flags those worth a second look, and applies a query.</summary>
public static class TalentSearch
{
    /// <summary>The least AI interview score worth a second look: the default cut-off for a second round.</summary>
    public const double MinimumInterviewScore = ScoringPolicy.DefaultSecondRoundCutoff;

    /// <summary>
    /// The least resume screening score worth a second look (before an interview). Screening scores sit lower than interview
    /// scores (a resume rarely shows evidence for every competency: a strong teller's resume scores about 50); 40 is above
    /// the knock-out cap (30), so a resume needs real evidence beyond the bare requirements to reach it.
    /// </summary>
    public const double MinimumScreeningScore = 40;

    /// <summary>
    /// The candidates worth a second look: among the best 10 % of their job by <see cref="TalentRecord.RankingScore"/>, scoring
    /// at least that score's pass mark (<see cref="MinimumInterviewScore"/>, <see cref="MinimumScreeningScore"/> before an
    /// interview), not knocked out by the screening, and still open (not hired, rejected or withdrawn).
    /// The best tenth of a weak job is not flagged for being the best of it.
    /// </summary>
    public static HashSet<Guid> Flagged(IReadOnlyCollection<TalentRecord> records)
    {
        // Everyone counts in the ranking (a hire or a rejection is part of how the job's candidates compare); only the open ones are flagged.
        var top = TopShare.Of(records, r => r.JobId, r => r.RankingScore, r => r.CandidateId, TopShare.TopTenPercent);
        return [.. records.Where(r => top.Contains(r.CandidateId) && WorthASecondLook(r)).Select(r => r.CandidateId)];
    }

    private static bool WorthASecondLook(TalentRecord record) =>
        (record.InterviewScore is { } interview ? interview >= MinimumInterviewScore : record.ScreeningScore >= MinimumScreeningScore)
        && !record.KnockedOut
        && record.Stage is not (CandidateStage.Hired or CandidateStage.Rejected or CandidateStage.Withdrawn);

    public static TalentPoolPage Run(IReadOnlyCollection<TalentRecord> records, HashSet<Guid> flagged, TalentQuery query)
    {
        var people = records
            .GroupBy(r => r.PersonId)
            .Select(g => Person(g.Key, [.. g.OrderBy(r => r.CreatedAt)], flagged))
            .Where(p => Matches(p, query))
            .OrderByDescending(p => p.Flagged)
            .ThenByDescending(p => p.BestScore ?? double.MinValue)
            .ThenBy(p => p.Name, StringComparer.Ordinal)
            .ThenBy(p => p.PersonId)
            .ToList();
        var competencies = records.SelectMany(r => r.Competencies)
            .GroupBy(c => c.Key, StringComparer.Ordinal)
            .Select(g => g.First() with { Score = null })
            .OrderBy(c => c.Key, StringComparer.Ordinal);
        return new TalentPoolPage(people.Count, [.. people.Skip(query.Skip).Take(query.Take)], [.. competencies]);
    }

    private static TalentPerson Person(Guid personId, List<TalentRecord> records, HashSet<Guid> flagged)
    {
        var original = records.FirstOrDefault(r => r.CandidateId == personId) ?? records[0];
        var applications = records.Select(r => new TalentApplication(r, flagged.Contains(r.CandidateId))).ToImmutableArray();
        return new TalentPerson(
            personId,
            original.Name,
            [.. records.SelectMany(r => r.Skills).Distinct(StringComparer.Ordinal)],
            applications.Any(a => a.TopTenPercent),
            records.Max(r => r.RankingScore),
            applications);
    }

    private static bool Matches(TalentPerson person, TalentQuery query) =>
        MatchesText(person, query.Text) && person.Applications.Any(a => MatchesApplication(a, query));

    private static bool MatchesText(TalentPerson person, string? text) =>
        string.IsNullOrWhiteSpace(text)
        || person.Name.Contains(text.Trim(), StringComparison.OrdinalIgnoreCase)
        || person.Skills.Any(s => s.Contains(text.Trim(), StringComparison.OrdinalIgnoreCase));

    private static bool MatchesApplication(TalentApplication application, TalentQuery query)
    {
        var record = application.Record;
        if (query.JobId is not null && record.JobId != query.JobId) return false;
        if (query.Stage is { } stage && record.Stage != stage) return false;
        if (query.FlaggedOnly && !application.TopTenPercent) return false;
        if (query.Competency is { } wanted)
        {
            var competency = record.Competencies.FirstOrDefault(c => Names(c, wanted));
            if (competency is null) return false;
            return query.MinScore is not { } min || competency.Score >= min;
        }
        return query.MinScore is not { } least || record.RankingScore >= least;
    }

    private static bool Names(TalentCompetency competency, string wanted) =>
        string.Equals(competency.Key, wanted, StringComparison.OrdinalIgnoreCase)
        || string.Equals(competency.NameZh, wanted, StringComparison.Ordinal)
        || string.Equals(competency.NameEn, wanted, StringComparison.OrdinalIgnoreCase);
}
