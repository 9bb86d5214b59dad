using System.Text.RegularExpressions;
using BankHire.Analysis.Scoring.Model;

namespace BankHire.Analysis.Resumes.Extraction;

/// <summary>
/// Reads the degree level named in a line in Chinese or English, in the spellings resumes use:
/// 博士/PhD/D.Phil, 硕士/研究生/Master of…/MSc/MA/MBA/MPhil/LL.M., 本科/学士/Bachelor of…/B.A./BA/B.Sc./BSc/BBA/
/// B.Eng./B.Com./LL.B., 大专/专科/高职/Associate degree/Diploma. Two-letter forms (BA, MS) count only in
/// capitals, and never as "MS Office".
/// </summary>
public static partial class DegreeReader
{
    [GeneratedRegex(@"博士|\bph\.?\s?d\b|\bd\.?\s?phil\b|doctor\s+of\b|doctorate|\bdba\b|\bed\.?\s?d\b", RegexOptions.IgnoreCase)]
    private static partial Regex Doctorate();

    [GeneratedRegex(@"硕士|研究生(?!院)|master(?:'s|s)?\s+(?:of|in|degree|programme|program)\b|master's|\bmasters\b|\bm?mba\b|\bemba\b|\bmpa\b|\bmpacc\b|\bm\.?\s?sc\b|\bm\.?\s?phil\b|\bm\.?\s?eng\b|\bm\.?\s?fin\b|\bm\.?\s?com\b|\bm\.?\s?ed\b|\bll\.?\s?m\b|\bm\.\s?a\.|\bm\.\s?s\.|(?-i:\bM[AS]\b)(?!\s*(?:office|excel|word|powerpoint|sql|project|visio|teams|dos)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Master();

    [GeneratedRegex(@"本科|学士|bachelor|undergraduate|\bb\.?\s?sc\b|\bb\.?\s?eng\b|\bb\.?\s?com\b|\bb\.?\s?econ\b|\bb\.?\s?bus\b|\bbba\b|\bll\.?\s?b\b|\bb\.?\s?ed\b|\bb\.\s?a\.|\bb\.\s?s\.|(?-i:\bB[AS]\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Bachelor();

    [GeneratedRegex(@"大专|专科|高职|高专|associate(?:'s)?\s+(?:degree|of|in)\b|\bdiploma\b|higher national|\bhnd\b", RegexOptions.IgnoreCase)]
    private static partial Regex Associate();

    public static DegreeLevel Read(string text)
    {
        if (Doctorate().IsMatch(text)) return DegreeLevel.Doctorate;
        if (Master().IsMatch(text)) return DegreeLevel.Master;
        if (Bachelor().IsMatch(text)) return DegreeLevel.Bachelor;
        if (Associate().IsMatch(text)) return DegreeLevel.Associate;
        return DegreeLevel.None;
    }
}
