namespace BankHire.Analysis.Resumes.Privacy;

/// <summary>
/// Removes every line that states a protected attribute, so screening never reads it. Whole lines go,
/// not just values: a redacted line of another length would shift every span after it and make two
/// resumes that differ only in protected facts explain themselves differently.
/// </summary>
public static class ProtectedAttributeRedactor
{
    public static (List<string> KeptLines, List<ProtectedAttribute> Found) Redact(IEnumerable<string> lines, Func<int, bool> isHeader)
    {
        var kept = new List<string>();
        var found = new List<ProtectedAttribute>();
        var index = 0;
        foreach (var line in lines)
        {
            var hits = Detect(line, isHeader(index++));
            if (hits.Count == 0) kept.Add(line);
            foreach (var hit in hits)
                if (!found.Contains(hit)) found.Add(hit);
        }
        return (kept, found);
    }

    /// <summary>
    /// The protected attributes a line states. Bare values count only in the header block (before the
    /// first section heading), where personal details are listed; elsewhere "single" or "团员" is more
    /// likely part of an achievement than a statement about the person.
    /// </summary>
    public static List<ProtectedAttribute> Detect(string line, bool inHeader)
    {
        var hits = new List<ProtectedAttribute>();
        foreach (var (attribute, pattern) in ProtectedAttributePatterns.Labels)
            if (pattern.IsMatch(line) && !hits.Contains(attribute)) hits.Add(attribute);
        foreach (var (attribute, pattern) in ProtectedAttributePatterns.BareValues)
            if ((inHeader || attribute == ProtectedAttribute.IdNumber) && pattern.IsMatch(line) && !hits.Contains(attribute)) hits.Add(attribute);
        return hits;
    }
}
