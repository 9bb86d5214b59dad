namespace BankHire.Lexicon;

/// <summary>
/// The words and synonyms HR adds to the text analysers (one per deployment, key <see cref="DefaultKey"/>):
/// e.g. 数字人民币 = e-CNY so resumes and answers using either match the same competency term.
/// </summary>
[Alias("bankhire.ILexiconGrain")]
public interface ILexiconGrain : IGrainWithStringKey
{
    public const string DefaultKey = "default";

    [Alias("Get")] ValueTask<LexiconSnapshot> GetAsync();

    [Alias("Add")] ValueTask<LexiconSnapshot> AddAsync(LexiconAddition addition, string actor);
}
