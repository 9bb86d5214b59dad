using System.Text.RegularExpressions;
using BankHire.Analysis.Interview;
using BankHire.Analysis.Scoring.Model;
using BankHire.Analysis.Speech;
using BankHire.Analysis.Tests.Audio;
using BankHire.Analysis.Text.Content;
using BankHire.Analysis.Text.Lexicon;

namespace BankHire.Analysis.Tests.Speech.Hinted;

/// <summary>
/// Speaks the answer set with espeak-ng (16 kHz mono, half a second of silence around), transcribes every answer
/// with or without its question's hints, and tallies which expected points the content analyser finds in the
/// transcript against those it finds in the written answer.
/// </summary>
public sealed class HintedRecognition(TestMedia media, ISpeechToText engine)
{
    public sealed record Voice(string Name, int WordsPerMinute, double NoiseAmplitude = 0)
    {
        public override string ToString() => $"{Name} {WordsPerMinute} wpm" + (NoiseAmplitude > 0 ? $" + pink noise {NoiseAmplitude}" : "");
    }

    public sealed record Heard(SpokenAnswer Answer, Voice Voice, Transcript Transcript, IReadOnlySet<string> Truth, IReadOnlySet<string> Found, double Wer);

    private static readonly AnswerContentAnalyser Analyser = new(TextLexicon.Shared);

    public async Task<IReadOnlyList<Heard>> RunAsync(IEnumerable<SpokenAnswer> answers, IEnumerable<Voice> voices, bool hinted)
    {
        var work = answers.SelectMany(a => voices.Select(v => (Answer: a, Voice: v))).ToList();
        var results = new Heard[work.Count];
        await Parallel.ForAsync(0, work.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, async (i, cancellation) =>
        {
            var (answer, voice) = work[i];
            var pcm = await File.ReadAllBytesAsync(media.Raw(Recording(answer, voice)), cancellation);
            var hints = hinted ? QuestionSpeechHints.For(answer.Question, "en", TextLexicon.Shared) : null;
            var transcript = (await engine.TranscribeAsync(pcm, "en-US", hints, cancellation)).Transcript!;
            results[i] = new Heard(answer, voice, transcript, PointsIn(answer.Text, answer.Question), PointsIn(transcript.Text, answer.Question),
                WordErrorRate.Of(Normalised(answer.Text), transcript.Text));
        });
        return results;
    }

    public static CoverageTally Tally(IEnumerable<Heard> heard)
    {
        var tally = new CoverageTally();
        foreach (var h in heard) tally.Add(h.Truth, h.Found, h.Answer.Question.ExpectedPoints.Count, h.Wer);
        return tally;
    }

    /// <summary>The expected points the content analyser finds in a text, one point at a time.</summary>
    public static IReadOnlySet<string> PointsIn(string text, InterviewQuestion question) =>
        question.ExpectedPoints
            .Where(p => Analyser.Analyse(text, question with { ExpectedPoints = [p] })["expected_point_coverage"].Value == 1)
            .Select(p => p.Key)
            .ToHashSet();

    private string Recording(SpokenAnswer answer, Voice voice)
    {
        var speech = media.Transformed(media.Speech(voice.Name, answer.Text, voice.WordsPerMinute), "pad", "0.5", "0.5");
        return voice.NoiseAmplitude > 0 ? media.WithNoise(speech, voice.NoiseAmplitude) : speech;
    }

    private static string Normalised(string text) => string.Join(' ', Regex.Matches(text.ToLowerInvariant(), "[a-z]+(?:'[a-z]+)?").Select(m => m.Value));
}
