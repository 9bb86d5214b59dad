using System.Text;
using BankHire.Analysis.Resumes.Intake;

namespace BankHire.Analysis.Resumes.Parsing;

/// <summary>
/// Checks, before PdfPig decodes anything, that no Flate stream of a PDF inflates past the per-part limit and that
/// all of them together stay within the decompressed limit (a 100 KB PDF can otherwise inflate to gigabytes).
/// Image streams are skipped: text extraction never decodes them. Inflating is counted with a fixed buffer.
/// </summary>
public static class PdfStreamBudget
{
    private static readonly byte[] StreamKeyword = "stream"u8.ToArray();
    private static readonly byte[] EndStreamKeyword = "endstream"u8.ToArray();
    private const int DictionaryWindow = 2048;

    /// <summary>Null when the PDF fits; otherwise why it does not.</summary>
    public static string? Exceeded(byte[] pdf, IntakeLimits limits)
    {
        long total = 0;
        var at = 0;
        while ((at = IndexOf(pdf, StreamKeyword, at)) >= 0)
        {
            var dataStart = at + StreamKeyword.Length;
            if (at >= 3 && pdf.AsSpan(at - 3, 3).SequenceEqual("end"u8)) { at = dataStart; continue; }
            if (dataStart < pdf.Length && pdf[dataStart] == '\r') dataStart++;
            if (dataStart < pdf.Length && pdf[dataStart] == '\n') dataStart++;
            var end = IndexOf(pdf, EndStreamKeyword, dataStart);
            if (end < 0) end = pdf.Length;
            var dictionary = Encoding.Latin1.GetString(pdf, Math.Max(0, at - DictionaryWindow), Math.Min(at, DictionaryWindow));
            dictionary = dictionary[(dictionary.LastIndexOf(" obj", StringComparison.Ordinal) + 1)..];
            if (IsFlate(dictionary) && !dictionary.Contains("/Image", StringComparison.Ordinal))
            {
                var size = InflatedSize.OfZlib(pdf, dataStart, end - dataStart, limits.MaxDocumentPartBytes);
                if (size > limits.MaxDocumentPartBytes)
                    return $"PDF is too large when decompressed: one of its streams inflates past {limits.MaxDocumentPartBytes / (1024 * 1024)} MB.";
                if ((total += size) > limits.MaxDecompressedBytes)
                    return $"PDF is too large when decompressed: its streams inflate past {limits.MaxDecompressedBytes / (1024 * 1024)} MB.";
            }
            at = end;
        }
        return null;
    }

    private static bool IsFlate(string dictionary) => dictionary.Contains("/FlateDecode", StringComparison.Ordinal) || dictionary.Contains("/Fl ", StringComparison.Ordinal);

    private static int IndexOf(byte[] haystack, byte[] needle, int from)
    {
        if (from >= haystack.Length) return -1;
        var found = haystack.AsSpan(from).IndexOf(needle);
        return found < 0 ? -1 : from + found;
    }
}
