using System.Globalization;
using BankHire.Analysis.Scoring.Model;
using BankHire.Analysis.Text.Content;

namespace BankHire.Analysis.Resumes.Screening;

/// <summary>
/// Evidence of one competency: the distinct sentences that mention it. A sentence counts once however
/// often it repeats a term; a repeated sentence counts once; bare keyword lists together count at most
/// <see cref="ScreeningWeights.BareListCap"/> of a sentence. That is what makes stuffing not pay.
/// </summary>
public static class CompetencyEvidence
{
    public static (ScreeningPart Part, double Ratio, bool Stuffed) Score(ScreeningContext context, Competency competency, int target, double maxPoints)
    {
        var sentences = new HashSet<string>(StringComparer.Ordinal);
        var bareLists = new HashSet<string>(StringComparer.Ordinal);
        var evidence = new List<TextSpan>();
        var countedAt = new HashSet<int>();
        var ignored = 0;
        foreach (var match in context.MatchesByTarget[target])
        {
            var sentence = context.SentenceOf(match);
            if (countedAt.Contains(sentence.Start)) continue;
            var counted = sentence.IsBareList ? bareLists.Add(sentence.NormalisedText) : sentences.Add(sentence.NormalisedText);
            if (!counted || sentence.IsBareList) ignored++;
            if (!counted) continue;
            countedAt.Add(sentence.Start);
            if (!sentence.IsBareList) evidence.Add(new TextSpan(match.Start, match.Length, context.Tokens.Snippet(match.Start, match.Length)));
        }
        var units = sentences.Count + Math.Min(ScreeningWeights.BareListCap, bareLists.Count * ScreeningWeights.BareListWeight);
        var ratio = Math.Min(1, units / ScreeningWeights.SentencesForFullEvidence);
        var points = Math.Round(maxPoints * ratio, 2);
        var stuffed = ignored > 2;
        var quoted = string.Join("，", evidence.Take(3).Select(e => $"“{e.Snippet}”"));
        var quotedEn = string.Join(", ", evidence.Take(3).Select(e => $"\"{e.Snippet}\""));
        var zh = $"{competency.NameZh}：{sentences.Count} 句有据{(evidence.Count > 0 ? "（" + quoted + "）" : "")}，得 {F(points)}/{F(maxPoints)} 分";
        var en = $"{competency.NameEn}: evidence in {sentences.Count} sentence(s){(evidence.Count > 0 ? " (" + quotedEn + ")" : "")}, {F(points)} of {F(maxPoints)} points";
        if (ignored > 0)
        {
            zh += $"；关键词列表或重复 {ignored} 处，最多计 {F(ScreeningWeights.BareListCap)} 句";
            en += $"; {ignored} keyword-list or repeated mention(s) count for at most {F(ScreeningWeights.BareListCap)} sentence";
        }
        var part = new ScreeningPart(ScreeningPartKind.Competency, competency.Key, competency.NameZh, competency.NameEn, points, maxPoints, sentences.Count > 0, zh, en, evidence);
        return (part, ratio, stuffed);
    }

    internal static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
