using System.Collections.Immutable;
using BankHire.Analysis.Interview;
using BankHire.Analysis.Text.Content;

namespace BankHire.Web.Evidence;

/// <summary>
/// What one scored answer's indicators were measured on: the words its content was analysed from (with the
/// content explanations and the spans they point at) and a few of its frames, or why there are none.
/// <c>Source</c> says where the words came from (typed, transcript, speech-to-text, none; null until the answer is
/// analysed); <c>Transcript</c> is null without content consent (no text is ever produced then) or when there were
/// no words; <c>NoFrames</c> says why <c>Frames</c> is empty, null when frames are listed.
/// </summary>
public sealed record AnswerEvidence(
    string QuestionId,
    int Attempt,
    string CompetencyKey,
    string? QuestionZh,
    string? QuestionEn,
    string? Source,
    string? Transcript,
    IReadOnlyList<FeatureExplanation> Explanations,
    ImmutableArray<EvidenceFrame> Frames,
    FramesWithheld? NoFrames)
{
    public static string SourceName(ContentSource source) => source switch
    {
        ContentSource.TypedAnswer => "typed",
        ContentSource.SuppliedTranscript => "transcript",
        ContentSource.SpeechToText => "speech-to-text",
        _ => "none",
    };
}
