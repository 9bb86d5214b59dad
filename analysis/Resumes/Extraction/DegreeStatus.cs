using System.Text.RegularExpressions;

namespace BankHire.Analysis.Resumes.Extraction;

/// <summary>Whether a degree is held or still to come (在读, 预计…毕业, expected, in progress, a period open "至今" or ending after today).</summary>
public enum DegreeStatus { Held, InProgress }

public static partial class DegreeStatusReader
{
    [GeneratedRegex(@"在读|就读中|在校|预计|预期|即将毕业|待毕业|尚未毕业|未毕业|至今|\bexpected\b|\banticipated\b|in progress|currently (?:pursuing|enrolled|studying)|\bpursuing\b|\bongoing\b|\bto graduate\b|\bpresent\b|\bcurrent\b", RegexOptions.IgnoreCase)]
    private static partial Regex StillStudying();

    /// <summary>In progress when the entry says so or its last year is after <paramref name="asOf"/>; the cue found is returned for the explanation.</summary>
    public static (DegreeStatus Status, string? Cue) Read(string entryText, int? graduationYear, DateOnly asOf)
    {
        var cue = StillStudying().Match(entryText);
        if (cue.Success) return (DegreeStatus.InProgress, cue.Value);
        if (graduationYear > asOf.Year) return (DegreeStatus.InProgress, graduationYear.ToString());
        return (DegreeStatus.Held, null);
    }
}
