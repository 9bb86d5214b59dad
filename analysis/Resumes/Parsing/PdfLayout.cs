using System.Text;
using UglyToad.PdfPig.Content;

namespace BankHire.Analysis.Resumes.Parsing;

/// <summary>
/// Puts PDF letters back into reading order whatever order the file drew them in: letters on one baseline
/// form a row, a wide gap splits a row into segments, and a vertical gutter that no segment crosses, with
/// rows on each side that do not line up (a sidebar and a main column), makes two columns read one after
/// the other. Segments of one row that do line up (a form: label, value) stay on one line, tab-separated.
/// </summary>
public static class PdfLayout
{
    private sealed record Segment(double Left, double Right, double Top, string Text);

    public static string Text(IReadOnlyList<Letter> letters)
    {
        if (letters.Count == 0) return "";
        var rows = Rows(letters).Select(Segments).Where(r => r.Count > 0).ToList();
        var gutter = Gutter(rows);
        var text = new StringBuilder();
        if (gutter is { } x)
        {
            foreach (var side in new[] { true, false })
                foreach (var row in rows)
                {
                    var part = row.Where(s => side ? s.Right <= x : s.Left >= x).Select(s => s.Text).ToList();
                    if (part.Count > 0) text.Append(string.Join('\t', part)).Append('\n');
                }
        }
        else
        {
            foreach (var row in rows) text.Append(string.Join('\t', row.Select(s => s.Text))).Append('\n');
        }
        return text.ToString();
    }

    /// <summary>Letters grouped by baseline, top of the page first.</summary>
    private static List<List<Letter>> Rows(IReadOnlyList<Letter> letters)
    {
        var sorted = letters.OrderByDescending(l => l.StartBaseLine.Y).ToList();
        var rows = new List<List<Letter>>();
        List<Letter>? current = null;
        double baseline = 0;
        foreach (var letter in sorted)
        {
            var tolerance = Math.Max(1, 0.3 * Size(letter));
            if (current is null || baseline - letter.StartBaseLine.Y > tolerance)
            {
                rows.Add(current = []);
                baseline = letter.StartBaseLine.Y;
            }
            current.Add(letter);
        }
        return rows;
    }

    private static double Size(Letter letter) => letter.PointSize > 0 ? letter.PointSize : Math.Max(1, letter.BoundingBox.Height);

    /// <summary>A row's letters left to right, cut where the gap is wider than two and a half characters; a space put where a word gap has no space letter.</summary>
    private static List<Segment> Segments(List<Letter> row)
    {
        row.Sort((a, b) => a.StartBaseLine.X.CompareTo(b.StartBaseLine.X));
        var segments = new List<Segment>();
        var text = new StringBuilder();
        double left = 0, right = 0, top = 0;
        foreach (var letter in row)
        {
            var size = Size(letter);
            var start = letter.StartBaseLine.X;
            if (text.Length > 0 && start - right > 2.5 * size)
            {
                Flush();
            }
            else if (text.Length > 0 && start - right > 0.2 * size && text[^1] != ' ' && letter.Value != " ")
            {
                text.Append(' ');
            }
            if (text.Length == 0) { left = start; top = letter.StartBaseLine.Y; }
            if (text.Length > 0 || letter.Value.Trim().Length > 0) text.Append(letter.Value);
            right = Math.Max(right, letter.EndBaseLine.X);
        }
        Flush();
        return segments;

        void Flush()
        {
            var value = text.ToString().Trim();
            if (value.Length > 0) segments.Add(new Segment(left, right, top, value));
            text.Clear();
        }
    }

    /// <summary>
    /// The x of a gutter between two columns, or null: no segment crosses it, at least three rows have text
    /// on each side, and fewer than half of the rows with text on both sides — rows that line up are a form
    /// or a table, read row by row.
    /// </summary>
    private static double? Gutter(List<List<Segment>> rows)
    {
        if (rows.Count < 6) return null;
        double? best = null;
        var bestScore = 0;
        foreach (var x in rows.SelectMany(r => r).Select(s => s.Left - 0.5).Distinct())
        {
            int left = 0, right = 0, both = 0;
            var crossed = false;
            foreach (var row in rows)
            {
                var hasLeft = false;
                var hasRight = false;
                foreach (var s in row)
                {
                    if (s.Left < x && s.Right > x) { crossed = true; break; }
                    if (s.Right <= x) hasLeft = true; else hasRight = true;
                }
                if (crossed) break;
                if (hasLeft) left++;
                if (hasRight) right++;
                if (hasLeft && hasRight) both++;
            }
            if (crossed || left < 3 || right < 3 || both * 2 >= Math.Min(left, right)) continue;
            var score = Math.Min(left, right);
            if (score > bestScore) (best, bestScore) = (x, score);
        }
        return best;
    }
}
