using System.Text;

namespace BankHire.Analysis.Resumes.Parsing;

/// <summary>
/// Decodes text files as Chinese users save them: UTF-8 (with or without BOM), UTF-16 with BOM, or
/// GBK/GB18030 (Windows Notepad and Excel in a Chinese locale) when the bytes are not valid UTF-8.
/// </summary>
public static class PlainTextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static PlainTextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Gb18030 => Encoding.GetEncoding("GB18030");

    /// <summary>The text, the encoding's name, or null when the bytes look binary rather than text.</summary>
    public static (string Text, string Encoding)? Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\uFEFF"u8)) return (StrictUtf8.GetString(bytes[3..]), "UTF-8");
        if (bytes.StartsWith([(byte)0xFF, (byte)0xFE])) return (Encoding.Unicode.GetString(bytes[2..]), "UTF-16LE");
        if (bytes.StartsWith([(byte)0xFE, (byte)0xFF])) return (Encoding.BigEndianUnicode.GetString(bytes[2..]), "UTF-16BE");
        if (LooksBinary(bytes)) return null;
        try
        {
            return (StrictUtf8.GetString(bytes), "UTF-8");
        }
        catch (DecoderFallbackException)
        {
            return (Gb18030.GetString(bytes), "GB18030");
        }
    }

    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes.Length > 4096 ? bytes[..4096] : bytes;
        var controls = 0;
        foreach (var b in sample)
        {
            if (b == 0) return true;
            if (b < 0x09 || (b > 0x0D && b < 0x20)) controls++;
        }
        return controls > sample.Length / 20;
    }
}
