using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace BankHire.Analysis.Resumes.Extraction;

/// <summary>
/// Finds name, phone, e-mail and ID number, and recognises the lines that hold them so they can be kept
/// out of screening. Phones are normalised to their 11 mainland digits (+86 and separators dropped).
/// </summary>
public static partial class ContactExtractor
{
    [GeneratedRegex(@"(?<!\d)(?:\+?86[\s\-]?)?(1[3-9]\d)[\s\-]?(\d{4})[\s\-]?(\d{4})(?!\d)")]
    private static partial Regex MobilePhone();

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    [GeneratedRegex(@"(?<!\d)(\d{17}[\dXx])(?!\d)")]
    private static partial Regex IdNumber();

    // A label, then a colon, a table bar, a tab or a wide gap, then the value (姓名：张三 | 姓名 | 张三 | Name    Huang Lei).
    [GeneratedRegex(@"^\s*[|｜]?\s*(?:姓\s*名|name|full\s+name|candidate\s+name)\s*(?:[:：]\s*|\s*[|｜\t]\s*|\s{2,})(?<name>[^|｜,，;；\t]{1,40}?)\s*(?:$|[|｜,，;；\t]|\s{2,})", RegexOptions.IgnoreCase)]
    private static partial Regex NameLabel();

    [GeneratedRegex(@"(?:^|[\s|｜])(?:电话|手机|联系电话|邮箱|电子邮箱|e-?mail|phone|mobile|tel|微信|wechat|地址|家庭住址|通讯地址|address|linkedin|qq)\s*[:：]", RegexOptions.IgnoreCase)]
    private static partial Regex ContactLabel();

    [GeneratedRegex(@"\s*(?:[|｜]|\s[-–—]\s|\s{2,})\s*")]
    private static partial Regex FirstLineField();

    [GeneratedRegex(@"^(?:个人简历|简历|求职简历|个\s*人\s*简\s*历|中文简历|英文简历|resume|résumé|curriculum\s+vitae|cv|personal\s+resume)$", RegexOptions.IgnoreCase)]
    private static partial Regex DocumentTitle();

    public static string? NormalisePhone(string? raw)
    {
        if (raw is null) return null;
        var m = MobilePhone().Match(ToAsciiDigits(raw));
        return m.Success ? m.Groups[1].Value + m.Groups[2].Value + m.Groups[3].Value : null;
    }

    public static string? NormaliseEmail(string? raw)
    {
        if (raw is null) return null;
        var m = Email().Match(raw);
        return m.Success ? m.Value.ToLowerInvariant() : null;
    }

    /// <summary>The ID number in the text, upper-cased, or null; only ever handed to an <see cref="IdNumberHasher"/>.</summary>
    public static string? FindIdNumber(string? raw)
    {
        if (raw is null) return null;
        var m = IdNumber().Match(raw);
        return m.Success ? m.Value.ToUpperInvariant() : null;
    }

    /// <summary>Full-width and other Unicode digits (１３８…) as ASCII, since \d accepts them but people compare ASCII.</summary>
    private static string ToAsciiDigits(string text) =>
        string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
                span[i] = char.IsDigit(source[i]) ? (char)('0' + (int)char.GetNumericValue(source[i])) : source[i];
        });

    public static bool IsContactLine(string line) =>
        MobilePhone().IsMatch(line) || Email().IsMatch(line) || ContactLabel().IsMatch(line) || NameLabel().IsMatch(line);

    /// <summary>Contact details from the header lines (before the first heading) and, failing that, anywhere.</summary>
    public static ContactDetails Extract(IReadOnlyList<string> lines, int headerLineCount, IdNumberHasher idNumbers)
    {
        string? name = null, phone = null, email = null, id = null;
        var labelled = false;
        foreach (var line in lines)
        {
            phone ??= NormalisePhone(line);
            email ??= NormaliseEmail(line);
            id ??= FindIdNumber(line) is { } number ? idNumbers.Hash(number) : null;
            if (name is null && NameLabel().Match(line) is { Success: true } m)
            {
                labelled = true;
                name = NameIn(m.Groups["name"].Value.Trim());
            }
        }
        name ??= NameFromFirstLine(lines, headerLineCount);
        string? note = name is not null ? null
            : labelled ? "姓名标注后的内容不像姓名 / the value after the name label does not look like a name"
            : "未找到姓名：无“姓名/Name”标注，开头几行也不像姓名 / name not found: no name label, and no line before the first heading looks like a name";
        return new ContactDetails(name, phone, email, id, note);
    }

    /// <summary>Index of the line that is the candidate's name on its own (the usual first line), or −1.</summary>
    public static int NameLineIndex(IReadOnlyList<string> lines, int headerLineCount)
    {
        for (var i = 0; i < Math.Min(lines.Count, Math.Max(1, headerLineCount)); i++)
        {
            var line = Unboxed(lines[i]);
            if (line.Length == 0 || DocumentTitle().IsMatch(line)) continue;
            return NameIn(line) is not null ? i : -1;
        }
        return -1;
    }

    private static string? NameFromFirstLine(IReadOnlyList<string> lines, int headerLineCount)
    {
        var index = NameLineIndex(lines, headerLineCount);
        return index < 0 ? null : NameIn(Unboxed(lines[index]));
    }

    /// <summary>A line without the table bars and spaces around it ("| 个人简历 |  |" → "个人简历").</summary>
    private static string Unboxed(string line) => line.Trim().Trim('|', '｜', ' ', '\t').Trim();

    /// <summary>The line itself, or its first field that is not a title ("Resume — Kevin Zhang", "赵浩然 | 应聘岗位：…"), when it looks like a name.</summary>
    private static string? NameIn(string line)
    {
        // "王晓雨 Wang Xiaoyu": the Chinese form is the one other sources (rosters, ID cards) use.
        if (BilingualName().Match(line) is { Success: true } bilingual) return bilingual.Groups["han"].Value;
        // "Zhang Wei (David)": the English nickname is not part of the name on the candidate's documents.
        if (LatinNameWithNickname().Match(line) is { Success: true } nicknamed) return nicknamed.Groups["name"].Value;
        if (LooksLikeName(line)) return line;
        foreach (var field in FirstLineField().Split(line).Select(f => f.Trim()).Where(f => f.Length > 0))
        {
            if (DocumentTitle().IsMatch(field)) continue;
            return LooksLikeName(field) ? field : null;
        }
        return null;
    }

    [GeneratedRegex(@"^(?<han>[\u4e00-\u9fff]{2,4})\s*[(（]?\s*[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+){0,2}\s*[)）]?$")]
    private static partial Regex BilingualName();

    [GeneratedRegex(@"^(?<name>[A-Z][A-Za-z'\-]+(?:\s+[A-Z][A-Za-z'\-]+){1,2})\s*[(（]\s*[A-Z][A-Za-z]+\s*[)）]$")]
    private static partial Regex LatinNameWithNickname();

    private static bool LooksLikeName(string line) => LooksLikeSingleName(line) || BilingualName().IsMatch(line);

    private static bool LooksLikeSingleName(string line)
    {
        if (line.Any(char.IsDigit) || line.Contains('@') || line.Contains(':') || line.Contains('：')) return false;
        var han = line.Count(c => c >= 0x4E00 && c <= 0x9FFF);
        if (han > 0) return han is >= 2 and <= 4 && line.Length <= 5 && ChineseSurnames.StartsName(line.Replace(" ", ""));
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (DocumentTitle().IsMatch(line) || SectionHeadings.Recognise(line) is not null) return false;
        return words.Length is >= 2 and <= 4 && words.All(w => char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c is '-' or '\'' or '.'));
    }
}
