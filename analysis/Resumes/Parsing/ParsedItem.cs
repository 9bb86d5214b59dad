using BankHire.Analysis.Resumes.Intake;

namespace BankHire.Analysis.Resumes.Parsing;

/// <summary>
/// What a parser made of one source: resume text, a roster row, or a rejection with its reason.
/// <see cref="HasPicture"/> records that the file carried an image (usually a photo), which is never read.
/// <see cref="Hidden"/> is text the file carries but does not show; it is not part of <see cref="Text"/>.
/// </summary>
public sealed record ParsedItem(string SourceName, string? Text, RosterRow? Row, RejectionReason? Reason, string Message, bool HasPicture = false, IReadOnlyList<HiddenText>? Hidden = null)
{
    public static ParsedItem Resume(string source, string text, string message, bool hasPicture = false, IReadOnlyList<HiddenText>? hidden = null) =>
        new(source, text, null, null, message, hasPicture, hidden is { Count: > 0 } ? hidden : null);

    public static ParsedItem Roster(string source, RosterRow row) => new(source, null, row, null, "roster row read");

    public static ParsedItem Rejected(string source, RejectionReason reason, string message) => new(source, null, null, reason, message);

    public bool IsRejected => Reason.HasValue;
}
