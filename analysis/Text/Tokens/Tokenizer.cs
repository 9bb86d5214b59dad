using System.Text;

namespace BankHire.Analysis.Text.Tokens;

/// <summary>
/// Splits mixed Chinese/English text into words with their offsets: Han runs go through the
/// dictionary segmenter; Latin words are folded to half-width lower case and lightly stemmed;
/// numbers keep their decimal point. Punctuation and spaces produce no tokens.
/// Thread-safe: it reads immutable snapshots of its dictionary.
/// </summary>
public sealed class Tokenizer(WordDictionary words, StopWords stopWords)
{
    public WordDictionary Words { get; } = words;

    public StopWords StopWords { get; } = stopWords;

    public TokenizedText Tokenize(string text)
    {
        var tokens = new List<TextToken>(Math.Max(4, text.Length / 2));
        var snapshot = Words.Current;
        var hanPieces = new List<(int Start, int Length)>();
        var builder = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            var c = CharClass.Fold(text[i]);
            if (CharClass.IsHan(c))
            {
                var start = i;
                while (i < text.Length && CharClass.IsHan(text[i])) i++;
                hanPieces.Clear();
                ChineseSegmenter.Segment(snapshot, text.AsSpan(start, i - start), start, hanPieces);
                foreach (var (s, l) in hanPieces)
                {
                    var norm = text.Substring(s, l);
                    tokens.Add(new TextToken(norm, s, l, TokenKind.Han, StopWords.Contains(norm)));
                }
            }
            else if (CharClass.IsWordChar(c))
            {
                i = ReadWord(text, i, builder, tokens);
            }
            else
            {
                i++;
            }
        }
        return new TokenizedText(text, tokens.ToArray());
    }

    private int ReadWord(string text, int start, StringBuilder builder, List<TextToken> tokens)
    {
        builder.Clear();
        var hasLetter = false;
        var i = start;
        while (i < text.Length)
        {
            var c = CharClass.Fold(text[i]);
            if (CharClass.IsWordChar(c))
            {
                hasLetter |= char.IsLetter(c);
                builder.Append(c);
                i++;
            }
            else if (c == '.' && !hasLetter && i + 1 < text.Length && char.IsDigit(CharClass.Fold(text[i + 1])) && builder.Length > 0)
            {
                builder.Append(c);
                i++;
            }
            else if (c is '\'' or '’' && hasLetter && i + 1 < text.Length && char.IsLetter(CharClass.Fold(text[i + 1])) && !CharClass.IsHan(text[i + 1]))
            {
                builder.Append('\'');
                i++;
            }
            else break;
        }

        // C++ and C# are words, not "c" followed by punctuation.
        if (hasLetter && i < text.Length && (text[i] == '#' || text[i] == '+'))
        {
            while (i < text.Length && (text[i] == '#' || text[i] == '+') && builder.Length < 64)
            {
                builder.Append(text[i]);
                i++;
            }
        }

        var raw = builder.ToString();
        var norm = hasLetter ? EnglishStemmer.Stem(raw) : raw;
        var kind = hasLetter ? TokenKind.Latin : TokenKind.Number;
        tokens.Add(new TextToken(norm, start, i - start, kind, StopWords.Contains(norm)));
        return i;
    }
}
