using System.Text;
using System.Xml;
using System.Xml.Linq;
using BankHire.Analysis.Resumes.Intake;
using DocumentFormat.OpenXml.Packaging;

namespace BankHire.Analysis.Resumes.Parsing;

/// <summary>
/// Reads a Word document's visible text: paragraphs, table rows (cells joined by " | ", so a label stays
/// beside its value), and text boxes. Text Word does not show a reader — runs in the background colour,
/// of 2 pt or less, formatted hidden, or in a text box behind the text or too small to read — is returned
/// apart as <see cref="HiddenText"/>.
/// </summary>
public static class DocxTextReader
{
    public static ParsedItem Read(string source, byte[] content, IntakeLimits limits)
    {
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var document = WordprocessingDocument.Open(stream, false);
            var main = document.MainDocumentPart;
            if (main is null) return ParsedItem.Rejected(source, RejectionReason.CorruptFile, "Word document has no body.");
            var xml = Load(main);
            var body = xml?.Root?.Element(DocxStyles.W + "body");
            if (body is null) return ParsedItem.Rejected(source, RejectionReason.CorruptFile, "Word document has no body.");
            var styles = new DocxStyles(main.StyleDefinitionsPart is { } part ? Load(part) : null, xml!.Root!.Element(DocxStyles.W + "background"));
            var walker = new DocxWalker(styles);
            walker.Block(body);
            var hasPicture = main.ImageParts.Any();
            var (visible, htmlHidden) = HtmlTricks.Separate(walker.Text.ToString());
            walker.Hidden.AddRange(htmlHidden);
            var result = TextNormaliser.Clean(visible, limits.MaxTextChars);
            return result.Length == 0
                ? ParsedItem.Rejected(source, hasPicture ? RejectionReason.ScannedWithoutText : RejectionReason.Empty, hasPicture ? "Word document holds only images." : "Word document has no text.")
                : ParsedItem.Resume(source, result, "Word document", hasPicture, walker.Hidden);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return ParsedItem.Rejected(source, RejectionReason.CorruptFile, $"Word document could not be read ({e.GetType().Name}).");
        }
    }

    private static XDocument? Load(OpenXmlPart part)
    {
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        return XDocument.Load(reader);
    }
}
