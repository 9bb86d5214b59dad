using System.Text;
using BankHire.Analysis.Resumes.Intake;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace BankHire.Analysis.Resumes.Parsing;

/// <summary>
/// Reads the text layer of a PDF with PdfPig, letter by letter: letters a reader cannot see (invisible
/// render mode, the page's colour, off the page, 2.5 pt or less) are set apart as hidden text, the rest
/// laid out in lines and columns (<see cref="PdfLayout"/>). A PDF with pages but no text is a scan.
/// </summary>
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
            var hidden = new List<HiddenText>();
            var hasImages = false;
            foreach (var page in document.GetPages())
            {
                var visibility = new PdfVisibility(page);
                var visible = new List<UglyToad.PdfPig.Content.Letter>(page.Letters.Count);
                var unseen = new Dictionary<HiddenTextKind, List<UglyToad.PdfPig.Content.Letter>>();
                foreach (var letter in page.Letters)
                {
                    if (visibility.HiddenKind(letter) is { } kind)
                    {
                        if (!unseen.TryGetValue(kind, out var list)) unseen[kind] = list = [];
                        list.Add(letter);
                    }
                    else visible.Add(letter);
                }
                if (unseen.Remove(HiddenTextKind.OffPage, out var offPage))
                {
                    var (overflow, away) = PdfOverflow.Split(visible, offPage);
                    visible.AddRange(overflow);
                    if (away.Count > 0) unseen[HiddenTextKind.OffPage] = away;
                }
                text.AppendLine(PdfLayout.Text(visible));
                foreach (var (kind, letters) in unseen)
                    if (PdfLayout.Text(letters).Trim() is { Length: > 0 } words) hidden.Add(new HiddenText(kind, words.Replace('\n', ' ')));
                hasImages |= page.NumberOfImages > 0;
            }
            var (plain, htmlHidden) = HtmlTricks.Separate(text.ToString());
            hidden.AddRange(htmlHidden);
            var result = TextNormaliser.Clean(plain, limits.MaxTextChars);
            if (result.Length > 0) return ParsedItem.Resume(source, result, $"PDF, {document.NumberOfPages} page(s)", hasImages, hidden);
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
