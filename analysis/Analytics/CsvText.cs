using System.Globalization;

namespace BankHire.Analysis.Analytics;

/// <summary>CSV lines as spreadsheets read them: RFC 4180 quoting, numbers in invariant culture, and text that starts
/// like a formula (= + - @) defused with a leading apostrophe, a known injection through names.</summary>
public static class CsvText
{
    public static string Line(IEnumerable<object?> cells) => string.Join(',', cells.Select(Cell)) + "\r\n";

    private static string Cell(object? value)
    {
        var text = value switch
        {
            null => "",
            double number => number.ToString("0.##", CultureInfo.InvariantCulture),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        if (text.Length > 0 && value is string && "=+-@\t\r".Contains(text[0])) text = "'" + text;
        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{text.Replace("\"", "\"\"")}\"" : text;
    }
}
