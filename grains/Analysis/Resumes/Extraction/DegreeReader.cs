using System.Text.RegularExpressions;
using BankHire.Analysis.Scoring.Model;

namespace BankHire.Analysis.Resumes.Extraction;

/// <summary>Reads the degree level named in a line (博士/硕士/本科/大专, PhD/Master/Bachelor/Associate …).</summary>
public static partial class DegreeReader
{
    [GeneratedRegex(@"博士|ph\.?\s?d|doctor(?:ate)?\b|d\.phil", RegexOptions.IgnoreCase)]
    private static partial Regex Doctorate();

    [GeneratedRegex(@"硕士|研究生|master|\bmba\b|\bm\.?sc\b|\bm\.?s\.?\b|\bm\.?a\.?\b|\bmfin\b|\bmeng\b", RegexOptions.IgnoreCase)]
    private static partial Regex Master();

    [GeneratedRegex(@"本科|学士|大学本科|bachelor|\bb\.?sc\b|\bb\.?s\.?\b|\bb\.?a\.?\b|\bbeng\b|\bbba\b|undergraduate", RegexOptions.IgnoreCase)]
    private static partial Regex Bachelor();

    [GeneratedRegex(@"大专|专科|高职|associate|diploma|higher national", RegexOptions.IgnoreCase)]
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
