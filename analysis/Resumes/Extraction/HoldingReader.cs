using System.Text.RegularExpressions;

namespace BankHire.Analysis.Resumes.Extraction;

/// <summary>
/// Whether a certificate or test named in a resume is held: not when its clause says it is being prepared
/// for, planned, expected, in progress, failed or not yet obtained, or that the candidate is only familiar
/// with it (备考中, 尚未取得, 未通过, 预计, not yet, expected, in progress, pending, failed, familiar with …).
/// A clause runs from the previous separator (；;。| tab, line end) or the previous claim to the next one.
/// </summary>
public static partial class HoldingReader
{
    [GeneratedRegex(@"备考|准备|尚未|未取得|未获得|未获|未拿到|未通过|没通过|没有通过|未考|待考|在考|考试中|报名|报考|预计|计划|拟考|拟于|即将|正在|学习中|进行中|补考|重考|不及格|在读|\bnot\s+yet\b|\bin\s+progress\b|\bpending\b|\bexpected\b|\bplann(?:ed|ing)\b|\bplan\s+to\b|\bprepar(?:ing|ation|e)\b|\bstudying\s+for\b|\bworking\s+towards?\b|\bregistered\s+for\b|\benrolled\b|\bscheduled\b|\bto\s+be\s+taken\b|\bretak(?:ing|e)\b|\bfailed\b|\bdid\s+not\s+pass\b|\bnot\s+passed\b|\bfamiliar\s+with\b|\bawaiting\b|\bongoing\b|\bwill\s+(?:sit|take)\b|\bsitting\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotHeld();

    private static bool IsSeparator(char c) => c is '；' or ';' or '。' or '\n' or '|' or '｜' or '\t';

    /// <summary>The words saying the claim at [start, start+length) is not held, or null when nothing says so.</summary>
    /// <param name="otherClaims">Starts and ends of the other claims in the text: a clause stops at them.</param>
    public static string? NotHeldCue(string text, int start, int length, IEnumerable<(int Start, int End)> otherClaims)
    {
        var from = start;
        while (from > 0 && !IsSeparator(text[from - 1])) from--;
        var to = start + length;
        while (to < text.Length && !IsSeparator(text[to])) to++;
        foreach (var (s, e) in otherClaims)
        {
            if (e <= start && e > from) from = e;
            if (s >= start + length && s < to) to = s;
        }
        var cue = NotHeld().Match(text, from, to - from);
        return cue.Success ? text.Substring(from, to - from).Trim(' ', '、', ',', '，', '：', ':') : null;
    }
}
