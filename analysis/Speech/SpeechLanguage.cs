namespace BankHire.Analysis.Speech;

/// <summary>Reduces a BCP 47 tag (<c>en-US</c>, <c>zh_CN</c>, <c>ZH-Hans</c>) to its lower-case primary subtag.</summary>
public static class SpeechLanguage
{
    public static string Primary(string language)
    {
        var tag = language.Trim();
        var end = tag.IndexOfAny(['-', '_']);
        return (end < 0 ? tag : tag[..end]).ToLowerInvariant();
    }
}
