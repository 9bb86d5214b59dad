namespace BankHire.Analysis.Resumes.Privacy;

/// <summary>
/// Recognises lines that state a protected attribute; the extractor drops them so screening never reads
/// them. Whole lines go, not just values: a redacted line of another length would shift every span
/// after it and make two resumes that differ only in protected facts explain themselves differently.
/// </summary>
public static class ProtectedAttributeRedactor
{
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
