using System.Text;
using BankHire.Analysis.Resumes.Intake;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;

namespace BankHire.Analysis.Resumes.Parsing;

/// <summary>Reads the text layer of a PDF with PdfPig; a PDF with pages but no text is a scan, not an empty file.</summary>
public static class PdfTextReader
{
    public static ParsedItem Read(string source, byte[] content, IntakeLimits limits)
    {
        try
        {
            using var document = PdfDocument.Open(content);
            if (document.NumberOfPages > limits.MaxPdfPages)
                return ParsedItem.Rejected(source, RejectionReason.TooLarge, $"PDF has {document.NumberOfPages} pages; at most {limits.MaxPdfPages} are read.");
            var text = new StringBuilder();
            var hasImages = false;
            foreach (var page in document.GetPages())
            {
                text.AppendLine(ContentOrderTextExtractor.GetText(page));
                hasImages |= page.GetImages().Any();
            }
            var result = TextNormaliser.Clean(text.ToString(), limits.MaxTextChars);
            if (result.Length > 0) return ParsedItem.Resume(source, result, $"PDF, {document.NumberOfPages} page(s)", hasImages);
            return hasImages
                ? ParsedItem.Rejected(source, RejectionReason.ScannedWithoutText, "PDF contains only images (a scan); no text to read.")
                : ParsedItem.Rejected(source, RejectionReason.Empty, "PDF has no text.");
        }
        catch (PdfDocumentEncryptedException)
        {
            return ParsedItem.Rejected(source, RejectionReason.Encrypted, "PDF is password-protected.");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // PdfPig reports damage with many exception types; all of them mean the same to HR.
            return ParsedItem.Rejected(source, RejectionReason.CorruptFile, $"PDF could not be read ({e.GetType().Name}).");
        }
    }
}
