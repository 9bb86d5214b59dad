namespace BankHire.Analysis.Text.Tokens;

/// <summary>What kind of characters a token is made of; decides how tokens join into phrases.</summary>
public enum TokenKind
{
    /// <summary>A Chinese word from the segmenter (one or more Han characters).</summary>
    Han,
    /// <summary>A Latin-script word, lower-cased and stemmed.</summary>
    Latin,
    /// <summary>Digits, possibly with a decimal point.</summary>
    Number,
}
