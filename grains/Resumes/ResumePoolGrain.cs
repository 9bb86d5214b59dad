using BankHire.Lexicon;
using System.Collections.Immutable;
using BankHire.Analysis.Resumes.Candidates;
using BankHire.Analysis.Resumes.Extraction;
using BankHire.Analysis.Resumes.Intake;
using BankHire.Analysis.Resumes.Ranking;
using BankHire.Analysis.Resumes.Screening;
using BankHire.Analysis.Scoring.Json;
using BankHire.Analysis.Scoring.Model;
using BankHire.Analysis.Text.Lexicon;
using BankHire.Candidates;
using BankHire.Jobs;
using BankHire.Persistence;

namespace BankHire.Resumes;

/// <summary>
/// One job's resume intake. The pool records a batch (sources, people, screenings) in one write before it
/// touches any candidate grain, and keeps the candidate writes it owes as pending until they succeed, so
/// a failure mid-batch is repaired by the next import instead of leaving a candidate without its screening.
/// </summary>
[GrainType("resume-pool")]
public sealed class ResumePoolGrain(
    [PersistentState("resume-pool")] IPersistentState<ResumePoolState> state,
    TimeProvider clock,
    IdNumberHasher idNumbers) : Grain, IResumePoolGrain
{
    private string JobId => this.GetPrimaryKeyString();

    public async ValueTask<ResumeImportReport> ImportAsync(ImmutableArray<ResumeUpload> files, string actor)
    {
        await DeliverPendingAsync(actor);
        await SharedLexiconSync.EnsureCurrentAsync(GrainFactory);
        var job = await GrainFactory.GetGrain<IJobRubricGrain>(JobId).GetAsync() ?? throw new JobNotFoundException(JobId);
        var model = CompetencyModelJson.Deserialize(job.Rubric.ModelJson);
        var now = clock.GetUtcNow();
        var extractor = new ResumeExtractor(TextLexicon.Shared, DateOnly.FromDateTime(now.UtcDateTime), idNumbers);

        var registry = RebuildRegistry();
        var sourcesBefore = registry.Candidates.Select(c => c.Sources.Count).ToList();
        var results = new ResumeIntake(extractor, new IntakeLimits()).Import(files.Select(f => new ResumeFile(f.Name, f.Content)), registry);
        var people = registry.Candidates.ToList();
        var indexById = people.Select((p, i) => (p.Id, i)).ToDictionary(x => x.Id, x => x.i);

        var ids = new List<Guid>(state.State.People);
        while (ids.Count < people.Count) ids.Add(Guid.NewGuid());
        var newSources = NewSources(results, people, indexById, sourcesBefore);
        var touched = results.Where(r => r.CandidateId is not null).Select(r => indexById[r.CandidateId!]).Distinct().ToList();

        var screener = new ResumeScreener(new ScreeningPlan(model, TextLexicon.Shared));
        var pending = new Dictionary<Guid, PendingCandidate>();
        var imported = new List<ImportedCandidate>();
        foreach (var index in touched)
        {
            var person = people[index];
            var result = screener.Screen(person.Profile);
            var name = DisplayName(person);
            pending[ids[index]] = new PendingCandidate(Application(person, name), ScreeningRecords.Screening(JobId, job.Rubric.Version, person, result, now));
            state.State.Ranking[ids[index]] = ScreeningRecords.Facts(name, job.Rubric.Version, person, result);
            imported.Add(new ImportedCandidate(ids[index], name, index >= state.State.People.Count, result.Score, result.KnockedOut));
        }
        state.State.People = ids;
        state.State.Sources.AddRange(newSources);
        foreach (var (id, write) in pending) state.State.Pending[id] = write;
        await state.WriteOrReloadAsync(this);
        await DeliverPendingAsync(actor);

        var outcomes = results.Select(r => Outcome(r, r.CandidateId is null ? null : ids[indexById[r.CandidateId]])).ToImmutableArray();
        return new ResumeImportReport(JobId, job.Rubric.Version, outcomes, [.. imported]);
    }

    public ValueTask<ImmutableArray<RankedResume>> RankAsync(RankingQuery query)
    {
        var filter = new RankingFilter(
            query.MinScore, query.IncludeKnockedOut,
            query.MinDegree is null ? null : Enum.Parse<DegreeLevel>(query.MinDegree, ignoreCase: true),
            query.MinExperienceYears,
            query.RequiredCertificates is { Length: > 0 } certificates ? certificates : null,
            query.MinWrittenTestScore, query.BankExperienceOnly,
            query.AnyLanguageTest is { Length: > 0 } tests ? tests : null);
        var entries = state.State.Ranking.Select(p => ScreeningRecords.Entry(p.Key, p.Value));
        var ranked = CandidateRanker.Rank(entries, filter, query.Top).Select(r =>
        {
            var id = Guid.Parse(r.Entry.CandidateId);
            var facts = state.State.Ranking[id];
            return new RankedResume(r.Rank, id, facts.Name, facts.Score, facts.KnockedOut, facts.ExperienceYears, facts.RubricVersion, facts.SummaryZh, facts.SummaryEn);
        });
        return ValueTask.FromResult(ranked.ToImmutableArray());
    }

    public ValueTask<StoredResume?> ResumeOfAsync(Guid candidateId)
    {
        var index = state.State.People.IndexOf(candidateId);
        if (index < 0) return ValueTask.FromResult<StoredResume?>(null);
        var person = RebuildRegistry().Candidates.ElementAt(index);
        return ValueTask.FromResult<StoredResume?>(new StoredResume([.. person.SourceNames], ResumeProfileJson.Write(person.Profile)));
    }

    public async ValueTask<AdoptedResume> AdoptAsync(Guid candidateId, CandidateApplication application, StoredResume resume, string actor)
    {
        await DeliverPendingAsync(actor);
        await SharedLexiconSync.EnsureCurrentAsync(GrainFactory);
        var job = await GrainFactory.GetGrain<IJobRubricGrain>(JobId).GetAsync() ?? throw new JobNotFoundException(JobId);
        var registry = RebuildRegistry();
        var index = state.State.People.IndexOf(candidateId);
        var created = index < 0;
        if (created)
        {
            var profile = ResumeProfileJson.Read(resume.ProfileJson);
            var known = registry.Count;
            var (person, _) = registry.Add(profile);
            if (registry.Count == known)
            {
                // The same person already applied here: they are that candidate, and nothing is added.
                var existing = state.State.People[registry.Candidates.Select((c, i) => (c.Id, i)).First(c => c.Id == person.Id).i];
                var facts = state.State.Ranking[existing];
                return new AdoptedResume(existing, false, true, facts.Score, facts.KnockedOut, facts.RubricVersion, facts.SummaryZh, facts.SummaryEn);
            }
            // The registry numbers people in the order it meets them, so the new person is the last of People.
            index = state.State.People.Count;
            state.State.People.Add(candidateId);
            state.State.Sources.Add(new PooledSource(profile.SourceName, resume.ProfileJson));
        }
        var adopted = registry.Candidates.ElementAt(index);
        var result = new ResumeScreener(new ScreeningPlan(CompetencyModelJson.Deserialize(job.Rubric.ModelJson), TextLexicon.Shared)).Screen(adopted.Profile);
        var ranking = ScreeningRecords.Facts(application.Contact.FullName, job.Rubric.Version, adopted, result);
        state.State.Ranking[candidateId] = ranking;
        state.State.Pending[candidateId] = new PendingCandidate(
            application with { JobId = JobId }, ScreeningRecords.Screening(JobId, job.Rubric.Version, adopted, result, clock.GetUtcNow()));
        await state.WriteOrReloadAsync(this);
        await DeliverPendingAsync(actor);
        return new AdoptedResume(candidateId, created, false, result.Score, result.KnockedOut, job.Rubric.Version, ranking.SummaryZh, ranking.SummaryEn);
    }

    public async ValueTask ForgetAsync(Guid candidateId)
    {
        var index = state.State.People.IndexOf(candidateId);
        if (index < 0 && !state.State.Ranking.ContainsKey(candidateId)) return;
        if (index >= 0)
        {
            // The registry numbers people in the order it first meets them: a source belongs to the person it joined.
            var registry = new CandidateRegistry();
            var kept = new List<PooledSource>();
            foreach (var source in state.State.Sources)
            {
                var (person, _) = registry.Add(ResumeProfileJson.Read(source.ProfileJson));
                if (registry.Candidates.Select((c, i) => (c.Id, i)).First(c => c.Id == person.Id).i != index) kept.Add(source);
            }
            state.State.Sources = kept;
            state.State.People.RemoveAt(index);
        }
        state.State.Ranking.Remove(candidateId);
        state.State.Pending.Remove(candidateId);
        await state.WriteOrReloadAsync(this);
    }

    /// <summary>Creates or updates the candidate grains the pool has recorded; each write is idempotent, so a retry is safe.</summary>
    private async Task DeliverPendingAsync(string actor)
    {
        if (state.State.Pending.Count == 0) return;
        await Task.WhenAll(state.State.Pending.Select(async p =>
        {
            var candidate = GrainFactory.GetGrain<ICandidateGrain>(p.Key);
            await candidate.CreateAsync(p.Value.Application, actor);
            await candidate.RecordScreeningAsync(p.Value.Screening, actor);
        }));
        state.State.Pending.Clear();
        await state.WriteOrReloadAsync(this);
    }

    private CandidateRegistry RebuildRegistry()
    {
        var registry = new CandidateRegistry();
        for (var i = 0; i < state.State.Sources.Count; i++)
        {
            var profile = ResumeProfileJson.Read(state.State.Sources[i].ProfileJson);
            if (idNumbers.Rekey(profile.Contact.IdNumberHash) is { } keyed && keyed != profile.Contact.IdNumberHash)
            {
                // Stored before ID numbers were keyed: keyed now, and written back with this grain's next write.
                profile = profile with { Contact = profile.Contact with { IdNumberHash = keyed } };
                state.State.Sources[i] = state.State.Sources[i] with { ProfileJson = ResumeProfileJson.Write(profile) };
            }
            registry.Add(profile);
        }
        return registry;
    }

    /// <summary>The profiles this import added, in arrival order: each accepted result appended one source to its person.</summary>
    private static List<PooledSource> NewSources(
        List<IntakeResult> results, List<Candidate> people, Dictionary<string, int> indexById, List<int> sourcesBefore)
    {
        var next = new Dictionary<int, int>();
        var added = new List<PooledSource>();
        foreach (var result in results.Where(r => r.CandidateId is not null))
        {
            var index = indexById[result.CandidateId!];
            var position = next.GetValueOrDefault(index, index < sourcesBefore.Count ? sourcesBefore[index] : 0);
            var profile = people[index].Sources[position];
            added.Add(new PooledSource(profile.SourceName, ResumeProfileJson.Write(profile)));
            next[index] = position + 1;
        }
        return added;
    }

    private CandidateApplication Application(Candidate person, string name)
    {
        var education = person.Profile.Education.OrderByDescending(e => e.Degree).FirstOrDefault();
        var contact = new CandidateContact(name, person.Profile.Contact.Email, person.Profile.Contact.Phone);
        return new CandidateApplication(contact, JobId, education?.School, education?.Major, education?.GraduationYear, "resume:" + person.Sources[0].SourceName);
    }

    /// <summary>The name the resume gives; when none could be read with confidence, a marker saying so — never a guess or the file's name.</summary>
    private static string DisplayName(Candidate person) =>
        person.Profile.Contact.Name ?? person.Sources.Select(s => s.Contact.Name).FirstOrDefault(n => n is not null) ?? ScreeningRecords.NameNotFound;

    private static SourceOutcome Outcome(IntakeResult result, Guid? candidateId) => new(
        result.SourceName,
        result.Status switch { IntakeStatus.Parsed => SourceStatus.Parsed, IntakeStatus.Duplicate => SourceStatus.Duplicate, _ => SourceStatus.Rejected },
        result.Reason?.ToString(),
        result.Message,
        candidateId,
        result.MergedInto);
}
