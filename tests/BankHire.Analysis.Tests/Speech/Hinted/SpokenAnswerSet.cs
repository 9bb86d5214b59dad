using System.Text.Json;
using BankHire.Analysis.Scoring.Model;
using BankHire.Analysis.Scoring.Templates;

namespace BankHire.Analysis.Tests.Speech.Hinted;

/// <summary>
/// Our written English answers to shipped template questions (Speech/Data/english-answers.json): some cover every
/// expected point, some a few, some none though on topic, some are off topic. Held-out answers (and one whole
/// question) were never looked at while the question language model's settings were chosen.
/// </summary>
public sealed record SpokenAnswer(string Id, string QuestionId, IReadOnlyList<string> Says, bool HeldOut, string Text)
{
    public InterviewQuestion Question => SpokenAnswerSet.Questions[QuestionId];
}

public static class SpokenAnswerSet
{
    public static IReadOnlyDictionary<string, InterviewQuestion> Questions { get; } =
        JobTemplates.LoadAll().SelectMany(m => m.Questions).ToDictionary(q => q.Id);

    public static IReadOnlyList<SpokenAnswer> All { get; } = Load();

    private static List<SpokenAnswer> Load()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Speech", "Data", "english-answers.json")));
        return json.RootElement.GetProperty("answers").EnumerateArray().Select(a => new SpokenAnswer(
            a.GetProperty("id").GetString()!,
            a.GetProperty("question").GetString()!,
            a.GetProperty("says").EnumerateArray().Select(s => s.GetString()!).ToList(),
            a.GetProperty("heldOut").GetBoolean(),
            a.GetProperty("text").GetString()!)).ToList();
    }
}
