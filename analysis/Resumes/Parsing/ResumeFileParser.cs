using BankHire.Analysis.Resumes.Intake;

namespace BankHire.Analysis.Resumes.Parsing;

/// <summary>Turns one uploaded file into resume texts, roster rows or rejections, whatever its format.</summary>
public static class ResumeFileParser
{
    public static IReadOnlyList<ParsedItem> Parse(ResumeFile file, IntakeLimits limits)
    {
        if (file.Content.Length == 0) return [ParsedItem.Rejected(file.Name, RejectionReason.Empty, "File is empty.")];
        if (file.Content.Length > limits.MaxFileBytes)
            return [ParsedItem.Rejected(file.Name, RejectionReason.TooLarge, $"File is {file.Content.Length / 1024} KB; the limit is {limits.MaxFileBytes / 1024} KB.")];

        var kind = FileKindDetector.Detect(file.Name, file.Content);
        var inflatesTooFar = kind switch
        {
            FileKind.Pdf => PdfStreamBudget.Exceeded(file.Content, limits),
            FileKind.Docx or FileKind.Xlsx => OfficePackageBudget.Exceeded(file.Content, limits),
            _ => null,
        };
        if (inflatesTooFar is not null) return [ParsedItem.Rejected(file.Name, RejectionReason.TooLarge, inflatesTooFar)];
        return kind switch
        {
            FileKind.Pdf => [PdfTextReader.Read(file.Name, file.Content, limits)],
            FileKind.Docx => [DocxTextReader.Read(file.Name, file.Content, limits)],
            FileKind.PlainText => [ReadPlainText(file, limits)],
            FileKind.Csv or FileKind.Xlsx => RosterReader.Read(file.Name, file.Content, kind),
            FileKind.Zip => ParseArchive(file, limits),
            FileKind.EncryptedOffice => [ParsedItem.Rejected(file.Name, RejectionReason.Encrypted, "Office document is password-protected.")],
            FileKind.LegacyOffice => [ParsedItem.Rejected(file.Name, RejectionReason.UnsupportedType, "Old Word/Excel format (.doc/.xls); save it as .docx/.xlsx or PDF.")],
            FileKind.Image => [ParsedItem.Rejected(file.Name, RejectionReason.ScannedWithoutText, "An image has no text to read; upload the resume as PDF, Word or text.")],
            _ => [ParsedItem.Rejected(file.Name, RejectionReason.UnsupportedType, $"Unsupported file type '{Path.GetExtension(file.Name)}'.")],
        };
    }

    private static ParsedItem ReadPlainText(ResumeFile file, IntakeLimits limits)
    {
        var decoded = PlainTextDecoder.Decode(file.Content);
        if (decoded is null) return ParsedItem.Rejected(file.Name, RejectionReason.UnsupportedType, "File is binary, not text.");
        var (visible, hidden) = HtmlTricks.Separate(decoded.Value.Text);
        var text = TextNormaliser.Clean(visible, limits.MaxTextChars);
        return text.Length == 0
            ? ParsedItem.Rejected(file.Name, RejectionReason.Empty, "Text file holds only whitespace.")
            : ParsedItem.Resume(file.Name, text, $"text, {decoded.Value.Encoding}", hidden: hidden);
    }

    private static List<ParsedItem> ParseArchive(ResumeFile archive, IntakeLimits limits)
    {
        var items = new List<ParsedItem>();
        foreach (var (entry, rejection) in ZipExpander.Expand(archive, limits))
        {
            if (rejection is not null) items.Add(rejection);
            else if (FileKindDetector.Detect(entry!.Name, entry.Content) == FileKind.Zip)
                items.Add(ParsedItem.Rejected(entry.Name, RejectionReason.UnsupportedType, "Archives inside archives are not opened."));
            else items.AddRange(Parse(entry, limits));
        }
        return items;
    }
}
