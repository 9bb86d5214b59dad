using BankHire.Analysis.Scoring.Model;
using BankHire.Analysis.Text.Lexicon;
using BankHire.Analysis.Text.Synonyms;

namespace BankHire.Analysis.Resumes.Screening;

/// <summary>
/// A job's screening criteria compiled once: one matcher for every competency, must-have and
/// nice-to-have (targets in that order), and one for the preferred majors. Immutable and thread-safe.
/// </summary>
public sealed class ScreeningPlan
{
    public ScreeningPlan(CompetencyModel model, TextLexicon lexicon)
    {
        Model = model;
        Lexicon = lexicon;
        Competencies = model.Competencies.Where(c => c.ResumeTerms.Count > 0).ToList();
        var targets = Competencies.Select(c => ("competency:" + c.Key, c.ResumeTerms.AsEnumerable()))
            .Concat(model.Screening.Knockouts.Select(k => ("knockout:" + k.Key, k.Terms.AsEnumerable())))
            .Concat(model.Screening.NiceToHaves.Select(n => ("nice:" + n.Key, n.Terms.AsEnumerable())))
            .ToList();
        Terms = lexicon.Synonyms.CompileMatcher(targets);
        PreferredMajors = lexicon.Synonyms.CompileMatcher(model.Screening.Education.PreferredMajors);
        var facts = new RequirementFacts(lexicon);
        KnockoutFacts = model.Screening.Knockouts.Select(facts.Classify).ToList();
        NiceToHaveFacts = model.Screening.NiceToHaves.Select(facts.Classify).ToList();
        KnockoutOffset = Competencies.Count;
        NiceOffset = KnockoutOffset + model.Screening.Knockouts.Count;
    }

    public CompetencyModel Model { get; }

    public TextLexicon Lexicon { get; }

    /// <summary>The competencies that resumes can show (those with resume terms).</summary>
    public IReadOnlyList<Competency> Competencies { get; }

    public TermMatcher Terms { get; }

    public TermMatcher PreferredMajors { get; }

    /// <summary>What each must-have is about (degree, certificate, major or words), in the model's order.</summary>
    public IReadOnlyList<RequirementFact> KnockoutFacts { get; }

    public IReadOnlyList<RequirementFact> NiceToHaveFacts { get; }

    public int KnockoutOffset { get; }

    public int NiceOffset { get; }
}
