namespace BankHire.Answers;

/// <summary>
/// What a scorer needs to transcribe an answer while it streams in, carried on its audio doorbells when the candidate
/// agreed to content analysis: the rubric version its question comes from, the question, and the answer's language.
/// </summary>
[GenerateSerializer, Immutable, Alias("bankhire.AnswerSpeech")]
public sealed record AnswerSpeech(string JobId, int RubricVersion, string QuestionId, string Language);
