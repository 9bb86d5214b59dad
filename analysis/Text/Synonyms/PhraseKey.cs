using System.Text;
using BankHire.Analysis.Text.Tokens;

namespace BankHire.Analysis.Text.Synonyms;

/// <summary>
/// The matching form of a phrase: its tokens' normal forms, joined with nothing between two Han words
/// and one space otherwise. It does not depend on where the segmenter cuts a Han run, so a term matches
/// a text whether the text was cut as 风险管理 or 风险/管理, but only at word boundaries.
/// </summary>
public static class PhraseKey
{
    public static string Of(Tokenizer tokenizer, string phrase)
    {
        var tokens = tokenizer.Tokenize(phrase);
        var builder = new StringBuilder();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i > 0 && NeedsSpace(tokens[i - 1].Kind, tokens[i].Kind)) builder.Append(' ');
            builder.Append(tokens[i].Norm);
        }
        return builder.ToString();
    }

    public static bool NeedsSpace(TokenKind left, TokenKind right) => !(left == TokenKind.Han && right == TokenKind.Han);
}
