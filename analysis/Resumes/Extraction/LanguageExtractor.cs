using System.Globalization;
using System.Text.RegularExpressions;
using BankHire.Analysis.Text.Content;

namespace BankHire.Analysis.Resumes.Extraction;

/// <summary>Language certificates (CET-4/6, TEM-4/8, IELTS, TOEFL, JLPT) with their scores when written next to them.</summary>
public static partial class LanguageExtractor
{
    private static readonly (string Language, string Test, Regex Pattern)[] Tests =
    [
        ("English", "CET-6", new Regex(@"CET[\s\-－]?6|大学英语六级|英语六级|(?<![专业英语])六级", RegexOptions.IgnoreCase)),
        ("English", "CET-4", new Regex(@"CET[\s\-－]?4|大学英语四级|英语四级|(?<![专业英语])四级", RegexOptions.IgnoreCase)),
        ("English", "TEM-8", new Regex(@"TEM[\s\-－]?8|专业英语八级|英语专业八级", RegexOptions.IgnoreCase)),
        ("English", "TEM-4", new Regex(@"TEM[\s\-－]?4|专业英语四级|英语专业四级", RegexOptions.IgnoreCase)),
        ("English", "IELTS", new Regex(@"IELTS|雅思", RegexOptions.IgnoreCase)),
        ("English", "TOEFL", new Regex(@"TOEFL|托福", RegexOptions.IgnoreCase)),
        ("Japanese", "JLPT", new Regex(@"JLPT\s*N[1-5]|日语\s*N[1-5]|日语[一二三]级", RegexOptions.IgnoreCase)),
    ];

    [GeneratedRegex(@"^[\s:：()（）分score,，]{0,8}(\d{1,3}(?:\.\d)?)")]
    private static partial Regex ScoreAfter();

    public static List<LanguageSkill> Extract(string text)
    {
        var found = new List<LanguageSkill>();
        foreach (var (language, test, pattern) in Tests)
        {
            var m = pattern.Match(text);
            if (!m.Success) continue;
            var tail = text.AsSpan(m.Index + m.Length, Math.Min(16, text.Length - m.Index - m.Length)).ToString();
            var s = ScoreAfter().Match(tail);
            double? score = s.Success ? double.Parse(s.Groups[1].Value, CultureInfo.InvariantCulture) : null;
            var length = m.Length + (s.Success ? s.Index + s.Length : 0);
            found.Add(new LanguageSkill(language, test, score, new TextSpan(m.Index, length, text.Substring(m.Index, length))));
        }
        return found;
    }
}
