using System.Globalization;
using System.Text;
using BankHire.Analysis.Resumes.Intake;
using MiniExcelLibs;

namespace BankHire.Analysis.Resumes.Parsing;

/// <summary>Reads CSV and XLSX rosters with MiniExcel: the first row names the columns, each further row is one candidate.</summary>
public static class RosterReader
{
    public static IReadOnlyList<ParsedItem> Read(string source, byte[] content, FileKind kind)
    {
        try
        {
            Stream stream;
            if (kind == FileKind.Csv)
            {
                // MiniExcel assumes UTF-8; Chinese Excel saves CSV as GBK, so decode first.
                var decoded = PlainTextDecoder.Decode(content);
                if (decoded is null) return [ParsedItem.Rejected(source, RejectionReason.CorruptFile, "CSV file is not text.")];
                stream = new MemoryStream(Encoding.UTF8.GetBytes(decoded.Value.Text));
            }
            else
            {
                stream = new MemoryStream(content, writable: false);
            }
            using (stream)
            {
                var rows = MiniExcel.Query(stream, useHeaderRow: true, excelType: kind == FileKind.Csv ? ExcelType.CSV : ExcelType.XLSX)
                    .Cast<IDictionary<string, object?>>()
                    .ToList();
                var items = new List<ParsedItem>(rows.Count);
                for (var i = 0; i < rows.Count; i++)
                {
                    var rowSource = $"{source}#{i + 2}";
                    var row = ToRow(rows[i]);
                    items.Add(row is null
                        ? ParsedItem.Rejected(rowSource, RejectionReason.Empty, "Roster row has neither a name nor contact details.")
                        : ParsedItem.Roster(rowSource, row));
                }
                return items.Count == 0 ? [ParsedItem.Rejected(source, RejectionReason.Empty, "Roster has no rows.")] : items;
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return [ParsedItem.Rejected(source, RejectionReason.CorruptFile, $"Roster could not be read ({e.GetType().Name}).")];
        }
    }

    private static RosterRow? ToRow(IDictionary<string, object?> cells)
    {
        var fields = new Dictionary<string, string>();
        foreach (var (header, value) in cells)
        {
            var field = RosterColumns.FieldOf(header);
            var text = Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim();
            if (field is not null && !string.IsNullOrEmpty(text)) fields.TryAdd(field, text);
        }
        string? Get(string f) => fields.GetValueOrDefault(f);
        if (Get("name") is null && Get("phone") is null && Get("email") is null) return null;
        double? written = double.TryParse(Get("written"), NumberStyles.Float, CultureInfo.InvariantCulture, out var w) ? w : null;
        return new RosterRow(Get("name"), Get("phone"), Get("email"), Get("id"), Get("school"), Get("major"), Get("degree"), Get("graduation"), written);
    }
}
