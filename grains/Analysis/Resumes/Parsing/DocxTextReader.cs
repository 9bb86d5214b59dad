using System.Text;
using BankHire.Analysis.Resumes.Intake;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BankHire.Analysis.Resumes.Parsing;

/// <summary>Reads a Word document's paragraphs (tables included, one cell per line) with the Open XML SDK.</summary>
public static class DocxTextReader
{
    public static ParsedItem Read(string source, byte[] content, IntakeLimits limits)
    {
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var document = WordprocessingDocument.Open(stream, false);
            var body = document.MainDocumentPart?.Document?.Body;
            if (body is null) return ParsedItem.Rejected(source, RejectionReason.CorruptFile, "Word document has no body.");
            var text = new StringBuilder();
            foreach (var paragraph in body.Descendants<Paragraph>())
                text.AppendLine(ParagraphText(paragraph));
            var hasPicture = document.MainDocumentPart!.ImageParts.Any();
            var result = TextNormaliser.Clean(text.ToString(), limits.MaxTextChars);
            return result.Length == 0
                ? ParsedItem.Rejected(source, hasPicture ? RejectionReason.ScannedWithoutText : RejectionReason.Empty, hasPicture ? "Word document holds only images." : "Word document has no text.")
                : ParsedItem.Resume(source, result, "Word document", hasPicture);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return ParsedItem.Rejected(source, RejectionReason.CorruptFile, $"Word document could not be read ({e.GetType().Name}).");
        }
    }

    private static string ParagraphText(Paragraph paragraph)
    {
        var builder = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case DocumentFormat.OpenXml.Wordprocessing.Text t: builder.Append(t.Text); break;
                case TabChar: builder.Append('\t'); break;
                case Break: builder.Append('\n'); break;
            }
        }
        return builder.ToString();
    }
}
