using BankHire.Analysis.Resumes.Extraction;
using BankHire.Analysis.Text.Synonyms;
using BankHire.Analysis.Text.Tokens;

namespace BankHire.Analysis.Resumes.Screening;

/// <summary>One resume read once for a plan: its tokens, the matches of every target, and its sentences.</summary>
public sealed class ScreeningContext
{
    public ScreeningContext(ScreeningPlan plan, ResumeProfile profile)
    {
        Profile = profile;
        Tokens = plan.Lexicon.Tokenize(profile.ScreeningText);
        var matches = plan.Terms.Match(Tokens);
        var covered = new bool[Tokens.Count];
        var starting = new int[Tokens.Count];
        MatchesByTarget = new List<TermMatch>[plan.Terms.Labels.Count];
        for (var i = 0; i < MatchesByTarget.Length; i++) MatchesByTarget[i] = [];
        foreach (var m in matches)
        {
            MatchesByTarget[m.Target].Add(m);
            starting[m.FirstToken]++;
            for (var t = m.FirstToken; t <= m.LastToken; t++) covered[t] = true;
        }
        Sentences = SentenceSplitter.Split(Tokens, covered, starting);
        RepeatedSentences = Sentences.GroupBy(x => x.NormalisedText).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        SentenceOfToken = new int[Tokens.Count];
        for (var s = 0; s < Sentences.Count; s++)
            for (var t = Sentences[s].FirstToken; t <= Sentences[s].LastToken; t++) SentenceOfToken[t] = s;
    }

    public ResumeProfile Profile { get; }

    public TokenizedText Tokens { get; }

    public List<TermMatch>[] MatchesByTarget { get; }

    public List<EvidenceSentence> Sentences { get; }

    public int[] SentenceOfToken { get; }

    /// <summary>Sentences written more than once: they count once as evidence and never make a job relevant.</summary>
    public HashSet<string> RepeatedSentences { get; }

    /// <summary>A match in a sentence that is neither a bare keyword list nor repeated.</summary>
    public bool IsInRealSentence(TermMatch match)
    {
        var sentence = SentenceOf(match);
        return !sentence.IsBareList && !RepeatedSentences.Contains(sentence.NormalisedText);
    }

    public EvidenceSentence SentenceOf(TermMatch match) => Sentences[SentenceOfToken[match.FirstToken]];
}
