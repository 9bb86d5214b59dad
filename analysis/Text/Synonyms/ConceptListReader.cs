namespace BankHire.Analysis.Text.Synonyms;

/// <summary>
/// Reads the plain-text concept format HR can edit: one concept a line, <c>key = term, term, term</c>;
/// full-width ＝ and ， and 、 are accepted; <c>#</c> starts a comment.
/// </summary>
public static class ConceptListReader
{
    public static IEnumerable<Concept> Read(TextReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            var hash = line.IndexOf('#');
            if (hash >= 0) line = line[..hash];
            line = line.Trim();
            if (line.Length == 0) continue;
            var eq = line.IndexOfAny(['=', '＝']);
            var key = (eq < 0 ? line : line[..eq]).Trim();
            if (key.Length == 0) continue;
            var terms = eq < 0
                ? []
                : line[(eq + 1)..].Split([',', '，', '、', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            yield return new Concept(key, [key, .. terms]);
        }
    }

    public static IEnumerable<Concept> Read(string text) => Read(new StringReader(text)).ToList();
}
