namespace BankHire.Analysis.Resumes.Parsing;

/// <summary>
/// Which roster header means which field, in the words Chinese and English campus rosters use.
/// Columns not listed here (性别, 民族, 出生日期 …) are ignored on purpose.
/// </summary>
public static class RosterColumns
{
    private static readonly (string Field, string[] Headers)[] Map =
    [
        ("name", ["姓名", "名字", "name", "fullname", "candidate"]),
        ("phone", ["手机", "手机号", "手机号码", "电话", "联系电话", "phone", "mobile", "tel", "telephone"]),
        ("email", ["邮箱", "电子邮箱", "电子邮件", "email", "e-mail", "mail"]),
        ("id", ["身份证", "身份证号", "身份证号码", "证件号", "证件号码", "idnumber", "id", "idno"]),
        ("school", ["学校", "毕业院校", "院校", "school", "university", "college"]),
        ("major", ["专业", "所学专业", "major", "specialty"]),
        ("degree", ["学历", "学位", "最高学历", "degree", "education"]),
        ("graduation", ["毕业年份", "毕业时间", "毕业年度", "届别", "graduationyear", "graduation", "gradyear"]),
        ("written", ["笔试成绩", "笔试", "笔试分数", "writtentest", "writtentestscore", "testscore", "score"]),
    ];

    /// <summary>The field a header names, or null when the column is not read.</summary>
    public static string? FieldOf(string header)
    {
        var key = new string(header.Where(c => !char.IsWhiteSpace(c) && c is not '_' and not '（' and not '）' and not '(' and not ')').ToArray()).ToLowerInvariant();
        foreach (var (field, headers) in Map)
            if (headers.Contains(key)) return field;
        return null;
    }
}
