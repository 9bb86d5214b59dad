using System.Text;

namespace BankHire.Corpus;

/// <summary>Turns corpus specs into the files a candidate would upload.</summary>
public static class CorpusFiles
{
    static CorpusFiles() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Text(ResumeSpec spec) => spec.Chinese ? ChineseResumeRenderer.Render(spec) : EnglishResumeRenderer.Render(spec);

    public static byte[] Bytes(ResumeSpec spec, CorpusFormat? format = null)
    {
        var text = Text(spec);
        return (format ?? spec.Format) switch
        {
            CorpusFormat.Txt => Encoding.UTF8.GetBytes(text),
            CorpusFormat.TxtGbk => Encoding.GetEncoding("GB18030").GetBytes(text),
            CorpusFormat.Docx => DocxWriter.Write(text),
            CorpusFormat.Pdf => PdfWriter.Write(text),
            _ => throw new ArgumentOutOfRangeException(nameof(format)),
        };
    }
}
