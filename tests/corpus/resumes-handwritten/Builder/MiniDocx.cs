using System.IO.Compression;
using System.Security;
using System.Text;

namespace BankHire.Corpus.Handwritten;

/// <summary>
/// Writes a Word document from body XML by hand (zip + three parts), so a resume can carry exactly the
/// formatting a candidate's Word would: tables, coloured and tiny runs, hidden runs, text boxes behind text.
/// </summary>
public static class MiniDocx
{
    private const string Namespaces =
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" " +
        "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" " +
        "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" " +
        "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" " +
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

    public static byte[] Write(params string[] bodyParts)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            Add(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            Add(zip, "word/document.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document {Namespaces}><w:body>{string.Concat(bodyParts)}<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:body></w:document>");
        }
        return stream.ToArray();
    }

    /// <summary>A paragraph of runs.</summary>
    public static string P(params string[] runs) => $"<w:p>{string.Concat(runs)}</w:p>";

    /// <summary>A paragraph of one plain run.</summary>
    public static string Line(string text) => P(Run(text));

    /// <summary>A run; <paramref name="properties"/> is raw w:rPr content such as &lt;w:color w:val="FFFFFF"/&gt;.</summary>
    public static string Run(string text, string properties = "") =>
        $"<w:r>{(properties.Length > 0 ? $"<w:rPr>{properties}</w:rPr>" : "")}<w:t xml:space=\"preserve\">{SecurityElement.Escape(text)}</w:t></w:r>";

    public static string White => "<w:color w:val=\"FFFFFF\"/>";

    public static string NearWhite => "<w:color w:val=\"FDFDFD\"/>";

    /// <summary>Size in half-points: 2 is 1 pt.</summary>
    public static string Size(int halfPoints) => $"<w:sz w:val=\"{halfPoints}\"/><w:szCs w:val=\"{halfPoints}\"/>";

    public static string Vanish => "<w:vanish/>";

    /// <summary>A table: each row a list of cell texts (a cell may hold several lines separated by \n).</summary>
    public static string Table(params string[][] rows)
    {
        var xml = new StringBuilder("<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>");
        foreach (var row in rows)
        {
            xml.Append("<w:tr>");
            foreach (var cell in row)
                xml.Append("<w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/></w:tcPr>").Append(string.Concat(cell.Split('\n').Select(Line))).Append("</w:tc>");
            xml.Append("</w:tr>");
        }
        return xml.Append("</w:tbl>").ToString();
    }

    /// <summary>A floating text box (a DrawingML shape) of the given size in EMU, in front of or behind the text.</summary>
    public static string TextBox(string text, long widthEmu, long heightEmu, bool behindText) => P(
        "<w:r><w:drawing>" +
        $"<wp:anchor distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\" simplePos=\"0\" relativeHeight=\"2\" behindDoc=\"{(behindText ? 1 : 0)}\" locked=\"0\" layoutInCell=\"1\" allowOverlap=\"1\">" +
        "<wp:simplePos x=\"0\" y=\"0\"/><wp:positionH relativeFrom=\"column\"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom=\"paragraph\"><wp:posOffset>0</wp:posOffset></wp:positionV>" +
        $"<wp:extent cx=\"{widthEmu}\" cy=\"{heightEmu}\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/><wp:wrapNone/><wp:docPr id=\"{Math.Abs(text.GetHashCode() % 1000) + 1}\" name=\"Text Box\"/><wp:cNvGraphicFramePr/>" +
        "<a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:wsp><wps:cNvSpPr txBox=\"1\"/>" +
        $"<wps:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"{widthEmu}\" cy=\"{heightEmu}\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></wps:spPr>" +
        $"<wps:txbx><w:txbxContent>{Line(text)}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>");

    private static void Add(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }
}
