using BankHire.Analysis.Interview;
using BankHire.Analysis.Scoring.Model;
using BankHire.Chunks;
using BankHire.Interviews;

namespace BankHire.Scoring;

/// <summary>One answer as the chunk store holds it, turned into the analyser's input: frames at 2 per second, PCM joined in seq order.</summary>
public static class AnswerInputs
{
    /// <summary>The page sends about two frames a second; seq is the only clock the server has.</summary>
    public const double FramesPerSecond = 2;

    public static async Task<AnswerInput> ReadAsync(IAnswerChunkReader chunks, AnswerScoringRequest request, InterviewQuestion question)
    {
        var key = AnswerKeys.For(request.QuestionId, request.Attempt);
        var frames = request.FrameCount == 0 ? []
            : (await chunks.ReadAllAsync(request.InterviewId, key, AnswerMediaKind.Frame)).Where(c => c.Seq < request.FrameCount).ToList();
        var audio = request.AudioCount == 0 ? []
            : (await chunks.ReadAllAsync(request.InterviewId, key, AnswerMediaKind.Audio)).Where(c => c.Seq < request.AudioCount).ToList();
        var pcm = new byte[audio.Sum(c => c.Payload.Length)];
        var offset = 0;
        foreach (var (_, payload) in audio)
        {
            payload.CopyTo(pcm, offset);
            offset += payload.Length;
        }
        return new AnswerInput(question, request.Language)
        {
            Frames = [.. frames.Select(f => new TimedFrame(TimeSpan.FromSeconds(f.Seq / FramesPerSecond), f.Payload))],
            Pcm16le = pcm.Length > 0 ? pcm : null,
            TypedAnswer = request.TypedAnswer,
        };
    }
}
