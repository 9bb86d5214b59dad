using BankHire.Analysis.Text.Lexicon;
using BankHire.Analysis.Text.Synonyms;

namespace BankHire.Analysis.Resumes.Extraction;

/// <summary>
/// Known majors (Data/majors.txt) in Chinese and English, found longest first so 金融工程 wins over 金融.
/// A plain ordinal search is enough here: it runs only on the few words of an education entry left
/// after the school's name is taken out.
/// </summary>
public sealed class MajorList
{
    private readonly (string Term, string Major)[] terms;

    public MajorList(IEnumerable<Concept> majors) =>
        terms = majors.SelectMany(m => m.Terms.Select(t => (t, m.Key))).OrderByDescending(t => t.t.Length).ToArray();

    public static MajorList Embedded { get; } = new(ConceptListReader.Read(EmbeddedData.ReadAll("Resumes.Data.majors.txt")));

    public string? Find(string text)
    {
        foreach (var (term, major) in terms)
        {
            var at = text.IndexOf(term, StringComparison.OrdinalIgnoreCase);
            if (at < 0) continue;
            var ascii = term[0] < 128;
            if (ascii && !IsWordBoundary(text, at, term.Length)) continue;
            return major;
        }
        return null;
    }

    private static bool IsWordBoundary(string text, int at, int length) =>
        (at == 0 || !char.IsLetter(text[at - 1])) && (at + length == text.Length || !char.IsLetter(text[at + length]));
}
