using System.Text.RegularExpressions;

namespace BankHire.Analysis.Resumes.Privacy;

/// <summary>
/// How protected attributes show up in Chinese and English resumes: a label (性别：, Date of birth:) or a
/// bare value written as its own field (| 女 | 24岁 | 汉族 |). Bare values are only recognised between
/// field separators, so "female customers" in a sentence is not taken for the candidate's sex.
/// </summary>
internal static partial class ProtectedAttributePatterns
{
    private const string FieldStart = @"(?:^|[|｜/／,，;；\t]|\s{2,}|\s)\s*";
    private const string FieldEnd = @"\s*(?=$|[|｜/／,，;；\t]|\s)";

    public static readonly (ProtectedAttribute Attribute, Regex Pattern)[] Labels =
    [
        (ProtectedAttribute.Sex, Label(@"性别|gender|sex")),
        (ProtectedAttribute.AgeOrBirthDate, Label(@"出生日期|出生年月|出生年份|出生|生日|年龄|date\s+of\s+birth|birth\s*date|birthday|dob|age")),
        (ProtectedAttribute.Ethnicity, Label(@"民族|种族|ethnicity|ethnic\s+group|race")),
        (ProtectedAttribute.MaritalStatus, Label(@"婚姻状况|婚姻状态|婚姻|婚否|婚育状况|婚育|生育状况|marital\s+status|marriage")),
        (ProtectedAttribute.NativePlace, Label(@"籍贯|户籍|户口所在地|户口|出生地|生源地|国籍|place\s+of\s+origin|native\s+place|hometown|place\s+of\s+birth|nationality")),
        (ProtectedAttribute.PoliticalStatus, Label(@"政治面貌|political\s+status|political\s+affiliation|party\s+membership")),
        (ProtectedAttribute.Religion, Label(@"宗教信仰|宗教|信仰|religion|religious\s+belief|faith")),
        (ProtectedAttribute.HealthOrBody, Label(@"身高|体重|健康状况|血型|height|weight|health|blood\s+type")),
        (ProtectedAttribute.Photo, Label(@"照片|相片|photo|photograph")),
        (ProtectedAttribute.IdNumber, Label(@"身份证号码|身份证号|身份证|证件号码|id\s+number|id\s+no\.?|national\s+id")),
    ];

    public static readonly (ProtectedAttribute Attribute, Regex Pattern)[] BareValues =
    [
        (ProtectedAttribute.Sex, Bare(@"男|女|男性|女性|male|female")),
        (ProtectedAttribute.AgeOrBirthDate, Bare(@"\d{2}\s*岁|\d{2}\s*years?\s+old|(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*(?:出生|生)")),
        (ProtectedAttribute.Ethnicity, Bare(@"汉族|回族|满族|壮族|苗族|藏族|维吾尔族|蒙古族|土家族|彝族|朝鲜族|[\u4e00-\u9fa5]{1,3}族")),
        (ProtectedAttribute.MaritalStatus, Bare(@"已婚|未婚|离异|丧偶|已婚已育|已婚未育|已育|未育|married|single|divorced|widowed")),
        (ProtectedAttribute.PoliticalStatus, Bare(@"中共党员|中共预备党员|预备党员|共青团员|团员|群众|民主党派|communist\s+party\s+member|cpc\s+member")),
        (ProtectedAttribute.IdNumber, new Regex(@"(?<!\d)\d{17}[\dXx](?!\d)", RegexOptions.Compiled)),
    ];

    private static Regex Label(string words) =>
        new($@"(?:^|[\s|｜/／,，;；(（【\[])(?:{PaddedHan(words)})\s*[:：]", RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>Lets Chinese labels be padded to align a form (性    别：), by allowing spaces between their characters.</summary>
    private static string PaddedHan(string alternatives) =>
        string.Join("|", alternatives.Split('|').Select(a => a.All(c => c >= 0x4E00 && c <= 0x9FFF) ? string.Join(@"\s*", a.ToCharArray()) : a));

    private static Regex Bare(string values) =>
        new($@"{FieldStart}(?:{values}){FieldEnd}", RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
}
