using UglyToad.PdfPig.Content;

namespace BankHire.Analysis.Resumes.Parsing;

/// <summary>
/// Tells a visible line that runs past the page edge (laid out too long: its tail is read with it) from text
/// placed off the page on purpose. Overflow continues a visible line without a gap: each off-page letter starts
/// within two character widths of where the line, so far, ends.
/// </summary>
internal static class PdfOverflow
{
    public static (List<Letter> Overflow, List<Letter> Away) Split(IReadOnlyList<Letter> visible, IReadOnlyList<Letter> offPage)
    {
        var lineEnds = new Dictionary<double, double>();
        foreach (var letter in visible.Where(l => l.Value.Trim().Length > 0))
        {
            var key = Math.Round(letter.StartBaseLine.Y, 1);
            lineEnds[key] = Math.Max(lineEnds.GetValueOrDefault(key, double.MinValue), letter.EndBaseLine.X);
        }
        var overflow = new List<Letter>();
        var away = new List<Letter>();
        foreach (var letter in offPage.OrderBy(l => l.StartBaseLine.X))
        {
            var key = Math.Round(letter.StartBaseLine.Y, 1);
            var size = letter.PointSize > 0 ? letter.PointSize : 10;
            if (lineEnds.TryGetValue(key, out var end) && letter.StartBaseLine.X >= end - size && letter.StartBaseLine.X - end <= 2 * size)
            {
                overflow.Add(letter);
                lineEnds[key] = Math.Max(end, letter.EndBaseLine.X);
            }
            else away.Add(letter);
        }
        return (overflow, away);
    }
}
