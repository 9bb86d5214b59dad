using MiniExcelLibs;

namespace BankHire.Web.Attendance;

/// <summary>A month of attendance as XLSX: a Summary sheet (one row per employee) and a Days sheet (one row per employee and day).</summary>
public static class AttendanceExport
{
    public static byte[] Xlsx(IReadOnlyList<AttendanceRow> rows)
    {
        var sheets = new Dictionary<string, object>
        {
            ["Summary"] = rows.Select(r => new Dictionary<string, object?>
            {
                ["EmployeeId"] = r.EmployeeId.ToString("D"), ["Name"] = Safe(r.FullName), ["Branch"] = Safe(r.BranchCode), ["Position"] = Safe(r.Position),
                ["Month"] = $"{r.Month.Year:D4}-{r.Month.Month:D2}", ["Workdays"] = r.Month.Workdays, ["Present"] = r.Month.Present,
                ["Late"] = r.Month.Late, ["EarlyLeave"] = r.Month.EarlyLeave, ["Absent"] = r.Month.Absent, ["LeaveDays"] = r.Month.LeaveDays,
                ["Excused"] = r.Month.Excused, ["FlaggedDays"] = r.Month.Flagged, ["PendingAppeals"] = r.PendingAppeals, ["PendingLeave"] = r.PendingLeave,
            }).ToList(),
            ["Days"] = rows.SelectMany(r => r.Month.Days.Select(d => new Dictionary<string, object?>
            {
                ["EmployeeId"] = r.EmployeeId.ToString("D"), ["Name"] = Safe(r.FullName), ["Day"] = d.Day.ToString("yyyy-MM-dd"),
                ["Status"] = d.Status.ToString(), ["FirstIn"] = d.FirstIn?.ToString("HH:mm"), ["LastOut"] = d.LastOut?.ToString("HH:mm"),
                ["LateMinutes"] = d.LateMinutes, ["EarlyMinutes"] = d.EarlyMinutes, ["Flagged"] = d.Flagged,
            })).ToList(),
        };
        using var stream = new MemoryStream();
        stream.SaveAs(sheets);
        return stream.ToArray();
    }

    // A cell starting with = + - @ is a formula to a spreadsheet (a known injection): keep it text.
    private static string Safe(string text) => text.Length > 0 && "=+-@".Contains(text[0]) ? "'" + text : text;
}
