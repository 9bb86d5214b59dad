using System.Collections.Immutable;
using BankHire.Answers;
using BankHire.Scoring;

namespace BankHire.Web.Evidence;

/// <summary>Why a frame was picked to show HR.</summary>
public enum FramePick { First, Middle, Last, NoFace, SeveralFaces }

/// <summary>One frame of an answer to show, with why it was picked and where to fetch it.</summary>
public sealed record EvidenceFrame(int Seq, ImmutableArray<FramePick> Picked, string Url);

/// <summary>
/// A few frames that stand for an answer: its first, middle and last, and the first frame where the live readings
/// saw no face and the first where they saw several (the moments an indicator or an integrity question points at).
/// </summary>
public static class EvidenceFrames
{
    public static string Url(Guid interviewId, string questionId, int seq) =>
        $"/api/interviews/{interviewId}/answers/{Uri.EscapeDataString(questionId)}/frames/{seq}";

    public static ImmutableArray<EvidenceFrame> Pick(Guid interviewId, string questionId, int frameCount, IEnumerable<FrameReading> readings)
    {
        if (frameCount <= 0) return [];
        var picks = new SortedDictionary<int, List<FramePick>>();
        void Add(int seq, FramePick why)
        {
            if (seq < 0 || seq >= frameCount) return;
            if (!picks.TryGetValue(seq, out var list)) picks[seq] = list = [];
            list.Add(why);
        }
        Add(0, FramePick.First);
        Add(frameCount / 2, FramePick.Middle);
        Add(frameCount - 1, FramePick.Last);
        var readable = readings.Where(r => r.Readable && r.Seq < frameCount).OrderBy(r => r.Seq).ToList();
        if (readable.FirstOrDefault(r => r.Faces == 0) is { } noFace) Add(noFace.Seq, FramePick.NoFace);
        if (readable.FirstOrDefault(r => r.Faces > 1) is { } several) Add(several.Seq, FramePick.SeveralFaces);
        return [.. picks.Select(p => new EvidenceFrame(p.Key, [.. p.Value], Url(interviewId, questionId, p.Key)))];
    }
}
