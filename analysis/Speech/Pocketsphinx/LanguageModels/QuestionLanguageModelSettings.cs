namespace BankHire.Analysis.Speech.Pocketsphinx.LanguageModels;

/// <summary>
/// How strongly a question's hints bend the language model. Chosen on the tuning half of our espeak-ng answer
/// set (see the Speech README): more hint mass found more points and began to invent them in answers that said none.
/// </summary>
public sealed record QuestionLanguageModelSettings
{
    /// <summary>General words kept: the most probable ones of the Debian model.</summary>
    public int VocabularySize { get; init; } = 5000;

    /// <summary>General bigrams less likely than this (log10) are left to backing off.</summary>
    public double MinimumBigramLog10 { get; init; } = -3;

    /// <summary>Unigram probability shared by the hint words and their inflections.</summary>
    public double HintMass { get; init; } = 0.10;

    /// <summary>Unigram probability shared by the words of the question (the prompt).</summary>
    public double PromptMass { get; init; } = 0.05;

    /// <summary>P(next word of a hint phrase | its previous word), shared when a word starts several phrases.</summary>
    public double PhraseContinuation { get; init; } = 0.5;

    public static QuestionLanguageModelSettings Default { get; } = new();
}
