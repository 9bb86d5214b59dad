namespace BankHire.Analysis.Text.Lexicon;

/// <summary>
/// Where a general Chinese word list may be installed. Optional: the domain dictionary works alone,
/// a general one only improves segmentation of everyday words.
/// </summary>
public static class GeneralDictionary
{
    /// <summary>Environment variable that names a jieba-format dictionary to load.</summary>
    public const string PathVariable = "BANKHIRE_ZH_DICT";

    /// <summary>Debian's python3-jieba package.</summary>
    public const string DebianJiebaPath = "/usr/lib/python3/dist-packages/jieba/dict.txt";

    /// <summary>The configured or installed dictionary, or null when there is none.</summary>
    public static string? Locate()
    {
        var configured = Environment.GetEnvironmentVariable(PathVariable);
        if (!string.IsNullOrWhiteSpace(configured)) return File.Exists(configured) ? configured : null;
        return File.Exists(DebianJiebaPath) ? DebianJiebaPath : null;
    }
}
