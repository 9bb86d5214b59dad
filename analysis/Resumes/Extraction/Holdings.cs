using BankHire.Analysis.Text.Content;

namespace BankHire.Analysis.Resumes.Extraction;

/// <summary>
/// Splits the certificates and language tests a resume names into those it holds and those it does not
/// (<see cref="HoldingReader"/>): a key is held when any of its mentions is.
/// </summary>
public static class Holdings
{
    public static (List<FoundTerm> Held, List<LanguageSkill> Languages, List<NotHeldClaim> NotHeld) Split(
        string text, IReadOnlyList<FoundTerm> certificateMentions, IReadOnlyList<LanguageSkill> languageMentions)
    {
        var claims = certificateMentions.Select(c => c.Span).Concat(languageMentions.Select(l => l.Span))
            .Select(s => (s.Start, End: s.Start + s.Length)).Distinct().ToList();
        string? Cue(TextSpan span) => HoldingReader.NotHeldCue(text, span.Start, span.Length, claims.Where(c => c.Start != span.Start));

        var held = new List<FoundTerm>();
        var notHeld = new List<NotHeldClaim>();
        foreach (var group in certificateMentions.GroupBy(c => c.Key))
        {
            var judged = group.Select(c => (Term: c, Cue: Cue(c.Span))).ToList();
            var first = judged.FirstOrDefault(j => j.Cue is null);
            if (first.Term is not null) held.Add(first.Term);
            else notHeld.Add(new NotHeldClaim(group.Key, judged[0].Term.Span, judged[0].Cue!));
        }
        var languages = new List<LanguageSkill>();
        foreach (var language in languageMentions)
        {
            if (Cue(language.Span) is { } cue) notHeld.Add(new NotHeldClaim(language.Test, language.Span, cue));
            else languages.Add(language);
        }
        return (held, languages, notHeld);
    }
}
