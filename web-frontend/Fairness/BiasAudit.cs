using BankHire.Analysis.Fairness;
using BankHire.Candidates;
using BankHire.Fairness;

namespace BankHire.Web.Fairness;

/// <summary>
/// A job's bias audit from its candidates' pipeline and AI scores joined with their voluntary self-identification:
/// selection rates per pipeline step and the AI overall score's scoring rate (LL144), per sex, age band, ethnicity and
/// sex × ethnicity. People without self-identification, or who preferred not to say, are counted as unknown and left out
/// of the comparisons.
/// </summary>
public static class BiasAudit
{
    public sealed record Person(CandidateSnapshot Candidate, SelfIdentification? Self);

    public sealed record Section(string Measure, string Attribute, ImpactReport Report);

    /// <summary>The LL144 summary: audit date, data source, people assessed, people of unknown category (not given, or
    /// preferred not to say) per attribute, and the rates and impact ratios per measure and attribute.</summary>
    public sealed record Summary(string JobId, DateTimeOffset AuditDate, string DataSource, int PeopleAssessed,
        IReadOnlyDictionary<string, int> UnknownCategory, IReadOnlyList<Section> Sections);

    private static readonly (string Name, Func<SelfIdentification, string> Of)[] Attributes =
    [
        ("sex", s => s.Sex),
        ("ageBand", s => s.AgeBand),
        ("ethnicity", s => s.Ethnicity),
        ("sex×ethnicity", s => s.Sex == SelfIdentificationChoices.PreferNotToSay || s.Ethnicity == SelfIdentificationChoices.PreferNotToSay
            ? SelfIdentificationChoices.PreferNotToSay : $"{s.Sex}|{s.Ethnicity}"),
    ];

    /// <summary>Each step: who was at the door (eligible) and who went through it (selected).</summary>
    private static readonly (string Measure, CandidateStage[] Eligible, CandidateStage[] Selected)[] Steps =
    [
        ("selection:invited", [], [CandidateStage.Invited]),
        ("selection:completedInterview", [CandidateStage.Invited], [CandidateStage.Completed]),
        ("selection:advanced", [CandidateStage.Completed], [CandidateStage.SecondRound, CandidateStage.Offer, CandidateStage.Hired]),
        ("selection:hired", [], [CandidateStage.Hired]),
    ];

    public static Summary For(string jobId, IReadOnlyList<Person> people, DateTimeOffset now)
    {
        var sections = new List<Section>();
        var unknown = new Dictionary<string, int>();
        foreach (var (attribute, of) in Attributes)
        {
            var known = people.Where(p => p.Self is { } s && of(s) != SelfIdentificationChoices.PreferNotToSay)
                .Select(p => (Person: p, Category: of(p.Self!))).ToList();
            unknown[attribute] = people.Count - known.Count;
            foreach (var (measure, eligible, selected) in Steps)
            {
                var atDoor = known.Where(k => eligible.Length == 0 || eligible.Any(s => Reached(k.Person.Candidate, s)));
                sections.Add(new Section(measure, attribute,
                    AdverseImpact.SelectionRates(atDoor.Select(k => (k.Category, selected.Any(s => Reached(k.Person.Candidate, s)))))));
            }
            var scored = known.Where(k => k.Person.Candidate.Suggestion is not null)
                .Select(k => (k.Category, k.Person.Candidate.Suggestion!.OverallScore));
            sections.Add(new Section("scoring:aiOverall", attribute, AdverseImpact.ScoringRates(scored)));
        }
        return new Summary(jobId, now, $"BankHire records of job '{jobId}': pipeline stages, AI interview overall scores, candidates' voluntary self-identification",
            people.Count, unknown, sections);
    }

    private static bool Reached(CandidateSnapshot candidate, CandidateStage stage) =>
        candidate.Stage == stage || candidate.History.Any(h => h.To == stage);

    public static string Csv(Summary summary)
    {
        var lines = new List<string> { "measure,attribute,category,people,counted,rate,impactRatio,belowFourFifths,warning" };
        foreach (var section in summary.Sections)
        foreach (var row in section.Report.Rows)
            lines.Add(string.Join(',', section.Measure, Quote(section.Attribute), Quote(row.Category), row.People, row.Counted,
                row.Rate.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture),
                row.ImpactRatio?.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture) ?? "",
                row.BelowFourFifths ? "true" : "false", Quote(row.Warning ?? "")));
        return string.Join("\r\n", lines) + "\r\n";
    }

    private static string Quote(string value) => value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
}
