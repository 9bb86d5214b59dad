using BankHire.Analysis.Resumes.Extraction;

namespace BankHire.Analysis.Resumes.Candidates;

/// <summary>
/// Merges the profiles of one person. Spans point into one screening text, so the fullest resume is
/// kept whole rather than stitched from pieces; the others only fill what it lacks.
/// </summary>
public static class ProfileMerger
{
    public static ResumeProfile Merge(IReadOnlyList<ResumeProfile> sources)
    {
        var primary = sources.OrderByDescending(s => s.ScreeningText.Length).ThenBy(s => s.SourceName, StringComparer.Ordinal).First();
        var contact = new ContactDetails(
            primary.Contact.Name ?? sources.Select(s => s.Contact.Name).FirstOrDefault(n => n is not null),
            primary.Contact.Phone ?? sources.Select(s => s.Contact.Phone).FirstOrDefault(n => n is not null),
            primary.Contact.Email ?? sources.Select(s => s.Contact.Email).FirstOrDefault(n => n is not null),
            primary.Contact.IdNumberHash ?? sources.Select(s => s.Contact.IdNumberHash).FirstOrDefault(n => n is not null));
        if (contact.Name is null) contact = contact with { NameNote = primary.Contact.NameNote };
        return primary with
        {
            Contact = contact,
            Education = primary.Education.Count > 0 ? primary.Education : sources.Select(s => s.Education).FirstOrDefault(e => e.Count > 0) ?? [],
            WrittenTestScore = primary.WrittenTestScore ?? sources.Select(s => s.WrittenTestScore).FirstOrDefault(w => w.HasValue),
            ProtectedAttributesRemoved = sources.SelectMany(s => s.ProtectedAttributesRemoved).Distinct().ToList(),
        };
    }
}
