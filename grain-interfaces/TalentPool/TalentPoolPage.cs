using System.Collections.Immutable;

namespace BankHire.TalentPool;

/// <summary>One page of a search: how many people matched, this page of them, and the competencies one can filter on.</summary>
[GenerateSerializer, Immutable, Alias("bankhire.TalentPoolPage")]
public sealed record TalentPoolPage(int Total, ImmutableArray<TalentPerson> People, ImmutableArray<TalentCompetency> Competencies);

/// <summary>
/// One person in the pool with every application (job) they have. <paramref name="Flagged"/>: worth a second look in at least one of
/// their jobs (see TalentSearch.Flagged: top 10 %, a passing score, still open).
/// </summary>
[GenerateSerializer, Immutable, Alias("bankhire.TalentPerson")]
public sealed record TalentPerson(Guid PersonId, string Name, ImmutableArray<string> Skills, bool Flagged, double? BestScore, ImmutableArray<TalentApplication> Applications);

/// <summary>One application with its place in the job: <paramref name="TopTenPercent"/> when among the best 10 % of the job
/// with a passing score and still open (never on a hired, rejected, withdrawn or knocked-out application).</summary>
[GenerateSerializer, Immutable, Alias("bankhire.TalentApplication")]
public sealed record TalentApplication(TalentRecord Record, bool TopTenPercent);
