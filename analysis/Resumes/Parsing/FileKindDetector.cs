using System.IO.Compression;

namespace BankHire.Analysis.Resumes.Parsing;

/// <summary>
/// Decides what a file is from its first bytes, the name only breaking ties (a .docx and an .xlsx are
/// both zip archives; a .csv and a .txt are both text). A renamed file is read for what it is.
/// </summary>
public static class FileKindDetector
{
    private static ReadOnlySpan<byte> OleCompoundSignature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static ReadOnlySpan<byte> JpegSignature => [0xFF, 0xD8, 0xFF];
    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47];

    public static FileKind Detect(string name, ReadOnlySpan<byte> content)
    {
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (content.StartsWith("%PDF"u8) || (content.Length > 1024 ? content[..1024] : content).IndexOf("%PDF-"u8) >= 0)
            return FileKind.Pdf;
        if (content.StartsWith("PK\u0003\u0004"u8) || content.StartsWith("PK\u0005\u0006"u8))
            return extension switch
            {
                ".docx" => FileKind.Docx,
                ".xlsx" => FileKind.Xlsx,
                _ => FileKind.Zip,
            };
        if (content.StartsWith(OleCompoundSignature))
            return extension is ".docx" or ".xlsx" ? FileKind.EncryptedOffice : FileKind.LegacyOffice;
        if (content.StartsWith(JpegSignature) || content.StartsWith(PngSignature) || content.StartsWith("GIF8"u8) || (content.StartsWith("BM"u8) && extension == ".bmp"))
            return FileKind.Image;
        return extension switch
        {
            ".txt" or ".text" or ".md" => FileKind.PlainText,
            ".csv" => FileKind.Csv,
            ".pdf" => FileKind.Pdf,
            ".docx" => FileKind.Docx,
            ".xlsx" => FileKind.Xlsx,
            ".zip" => FileKind.Zip,
            _ => FileKind.Unknown,
        };
    }

    /// <summary>Tells a Word document from an Excel workbook from a plain archive by the parts inside.</summary>
    public static FileKind ClassifyZipPackage(ZipArchive archive)
    {
        if (archive.GetEntry("word/document.xml") is not null) return FileKind.Docx;
        if (archive.GetEntry("xl/workbook.xml") is not null) return FileKind.Xlsx;
        return FileKind.Zip;
    }
}
