namespace BankHire.Analysis.Interview;

/// <summary>
/// How many words a transcript holds, whatever the engine's word list looks like (some give one entry per segment):
/// Latin-script tokens count one each; Chinese, written without spaces, counts a word per two characters.
/// </summary>
internal static class SpokenWords
{
    public static int Count(string text)
    {
        var han = text.Count(c => c is >= '\u3400' and <= '\u9FFF');
        var latin = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Count(token => token.Any(char.IsLetterOrDigit) && !token.Any(c => c is >= '\u3400' and <= '\u9FFF'));
        return latin + (han + 1) / 2;
    }
}
