using BankHire.Analysis.Resumes.Extraction;

namespace BankHire.Analysis.Resumes.Screening;

/// <summary>
/// Reports text the file hid from a human reader (white or 1-pt text, hidden runs, invisible PDF text, HTML
/// comments …). It was never part of the screening text, so it earned nothing; the part says what was hidden,
/// how, and that it was ignored, and the result is flagged as keyword stuffing.
/// </summary>
public static class HiddenTextCheck
{
    private const int QuoteLength = 40;

    public static ScreeningPart? Part(ResumeProfile profile)
    {
        var hidden = profile.HiddenTexts;
        if (hidden.Count == 0) return null;
        var kinds = hidden.GroupBy(h => h.Kind).ToList();
        var zh = string.Join("；", kinds.Select(g => $"{g.First().DescribeZh()} {g.Count()} 处（“{Quote(g.First().Text)}”）"));
        var en = string.Join("; ", kinds.Select(g => $"{g.First().DescribeEn()} ×{g.Count()} (\"{Quote(g.First().Text)}\")"));
        return new ScreeningPart(ScreeningPartKind.HiddenText, "hidden_text", "隐藏文字", "Hidden text", 0, 0, false,
            $"检测到关键词堆砌：文件中有读者看不到的文字，已忽略、不计分——{zh}",
            $"Keyword stuffing: the file holds text a reader cannot see, ignored for scoring — {en}",
            []);
    }

    private static string Quote(string text) => text.Length <= QuoteLength ? text : text[..QuoteLength] + "…";
}
